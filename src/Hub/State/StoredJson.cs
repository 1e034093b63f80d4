using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace ContactHub.Hub.State;

/// <summary>
/// JSON as the hub stores it in Redis. Chinese text stays UTF-8 (3 bytes a character) instead of the default \uXXXX
/// escapes (6 bytes): a booking left waiting at a slot offer took 1.8 KB of Redis, a third of it escapes (issue 8).
/// HTML-sensitive characters are still escaped, and both forms read back the same.
/// </summary>
public static class StoredJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    // One writer per thread, pointed at each output in turn: serializing is synchronous, so it is never shared.
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static byte[] Serialize<T>(T value, JsonTypeInfo<T> type)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        Serialize(buffer, value, type);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <paramref name="value"/> to <paramref name="output"/>, as <see cref="Serialize{T}(T, JsonTypeInfo{T})"/> would.</summary>
    public static void Serialize<T>(IBufferWriter<byte> output, T value, JsonTypeInfo<T> type)
    {
        var writer = t_writer;
        if (writer is null)
        {
            writer = t_writer = new Utf8JsonWriter(output, WriterOptions);
        }
        else
        {
            writer.Reset(output);
        }

        // Reset also clears what a throwing converter left mid-document.
        JsonSerializer.Serialize(writer, value, type);
    }
}
