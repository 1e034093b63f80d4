namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// One thing found in a message: its <see cref="EntityTypes">type</see>, the text as the user wrote it, its normalised
/// value, and where it sits in the original message (UTF-16 offsets).
/// </summary>
public sealed record RecognizedEntity(string Type, string Text, string Value, int Start, int Length)
{
    /// <summary>
    /// The value holds something the user did not say: a date-time whose hour came from a part of day
    /// (下午 → 14:00, see <see cref="PartOfDay"/>). Dialogs may want to confirm it.
    /// </summary>
    public bool Inferred { get; init; }

    public int End => Start + Length;
}
