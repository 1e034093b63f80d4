namespace ContactHub.Dialogs.Runtime.Prompts;

/// <summary>
/// Choice lists read back from stored prompt state, by their exact JSON. A waiting prompt reads its options on every
/// answer, and a dialog offers the same list to every conversation (service types, yes or no, one day's free slots),
/// so a list read once is handed out again instead of a new list with new strings per answer (issue 8). Choices are
/// immutable records that dialogs already share from static arrays, so sharing a read list is safe. The cache is
/// bounded: each slot keeps the last list whose JSON hashed to it.
/// </summary>
internal static class PromptChoicesCache
{
    private const int Slots = 256;

    private static readonly Entry?[] Entries = new Entry?[Slots];

    public static List<Choice> GetOrRead(ReadOnlySpan<byte> json, ChoicesReader read)
    {
        var hash = new HashCode();
        hash.AddBytes(json);
        var slot = (int)((uint)hash.ToHashCode() % Slots);
        if (Volatile.Read(ref Entries[slot]) is { } entry && json.SequenceEqual(entry.Json))
        {
            return entry.Choices;
        }

        var choices = read(json);
        Volatile.Write(ref Entries[slot], new Entry(json.ToArray(), choices));
        return choices;
    }

    public delegate List<Choice> ChoicesReader(ReadOnlySpan<byte> json);

    private sealed record Entry(byte[] Json, List<Choice> Choices);
}
