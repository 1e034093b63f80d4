using System.Buffers;
using System.Text.Json;

namespace ContactHub.Channels;

/// <summary>
/// Small JSON values (channelData, imBack values) written into this thread's scratch buffer and parsed into an element
/// of their own, instead of a MemoryStream and a copy of it per value (issue 8). The element owns its bytes, so the
/// buffer is reused at once. A writer callback must not build another value through this class.
/// </summary>
public static class ScratchJson
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public static JsonElement Build<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, state);
        }

        return JsonElement.Parse(buffer.WrittenSpan);
    }

    /// <summary>
    /// <paramref name="channelData"/>'s properties, when it is an object, and then what <paramref name="add"/> writes:
    /// channelData with a property more.
    /// </summary>
    public static JsonElement ObjectWith<TState>(JsonElement? channelData, TState state, Action<Utf8JsonWriter, TState> add) =>
        Build((channelData, state, add), static (writer, s) =>
        {
            writer.WriteStartObject();
            if (s.channelData is { ValueKind: JsonValueKind.Object } data)
            {
                foreach (var property in data.EnumerateObject())
                {
                    property.WriteTo(writer);
                }
            }

            s.add(writer, s.state);
            writer.WriteEndObject();
        });
}
