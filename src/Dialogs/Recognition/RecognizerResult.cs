namespace ContactHub.Dialogs.Recognition;

/// <summary>What a message means: one of <see cref="Intents"/>, a confidence from 0 to 1, and the entities found.</summary>
public sealed record RecognizerResult(string Intent, double Score, IReadOnlyList<RecognizedEntity> Entities)
{
    public static RecognizerResult Empty { get; } = new(Intents.None, 0, []);

    public RecognizedEntity? Entity(string type)
    {
        foreach (var entity in Entities)
        {
            if (string.Equals(entity.Type, type, StringComparison.Ordinal))
            {
                return entity;
            }
        }

        return null;
    }
}
