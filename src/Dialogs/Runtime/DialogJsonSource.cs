using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// Deserializes a stored value (the Hub's conversation state) so that its dialog instances keep slices of the stored
/// bytes as their state, as a component's children already do (<see cref="StoredDialogState"/>), instead of a copy
/// each: the outermost instance's copy was nearly the whole state again on every load (issue 8). The bytes must not
/// change while the value is in use; a buffer fresh from Redis is owned by the caller alone.
/// </summary>
public static class DialogJsonSource
{
    // The bytes the serializer is reading on this thread. Deserializing from a span is synchronous and its reader's
    // positions count from the span's start, so a converter can slice this memory at them.
    [ThreadStatic]
    private static ReadOnlyMemory<byte> t_source;

    public static T? Deserialize<T>(ReadOnlyMemory<byte> json, JsonTypeInfo<T> type)
    {
        var outer = t_source;
        t_source = json;
        try
        {
            return JsonSerializer.Deserialize(json.Span, type);
        }
        finally
        {
            t_source = outer;
        }
    }

    /// <summary>
    /// The raw JSON of the object or array at <paramref name="reader"/>, skipped past, as a slice of the bytes being
    /// deserialized; false (and the reader untouched) when there are none, or the reader is not reading them.
    /// </summary>
    internal static bool TrySliceValue(ref Utf8JsonReader reader, out ReadOnlyMemory<byte> value)
    {
        value = default;
        var source = t_source;
        var (open, close) = reader.TokenType switch
        {
            JsonTokenType.StartObject => ((byte)'{', (byte)'}'),
            JsonTokenType.StartArray => ((byte)'[', (byte)']'),
            _ => ((byte)0, (byte)0),
        };
        if (source.IsEmpty || reader.HasValueSequence || open == 0)
        {
            return false;
        }

        var start = (int)reader.TokenStartIndex;
        var probe = reader;
        probe.Skip();
        var end = (int)probe.BytesConsumed;
        // A reader over other bytes (some nested, unrelated deserialization) would not find its brackets here.
        var span = source.Span;
        if (end > span.Length || span[start] != open || span[end - 1] != close)
        {
            return false;
        }

        reader = probe;
        value = source[start..end];
        return true;
    }
}
