using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// The ids of the dialogs this process has built. A stored stack names them on every load; reading a known id hands
/// back the dialog's own string instead of a new one per instance per turn (issue 8).
/// </summary>
internal static class DialogIds
{
    // Ids are nameof(Type) or "Type.Purpose": short, and only as many as the dialogs the code defines.
    private const int LongestKnown = 128;

    private static readonly ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Remember(string id) => Known.TryAdd(id, id);

    /// <summary>The string at <paramref name="reader"/>: a known id as the dialog's own string, anything else as read.</summary>
    public static string Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan.Length <= LongestKnown)
        {
            Span<char> chars = stackalloc char[LongestKnown];
            if (Encoding.UTF8.TryGetChars(reader.ValueSpan, chars, out var length) && KnownBySpan.TryGetValue(chars[..length], out var known))
            {
                return known;
            }
        }

        return reader.GetString() ?? "";
    }
}
