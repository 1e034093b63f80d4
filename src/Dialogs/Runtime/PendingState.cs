using System.Text.Json;

namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// A dialog instance's state as written during this turn, kept as the live object until the conversation is saved.
/// Serializing on every write and parsing on every read cost a JSON document per waterfall step (issue 8); now the
/// state is written to JSON once, when the store serializes the whole conversation.
/// </summary>
internal abstract class PendingState
{
    public abstract void WriteTo(Utf8JsonWriter writer);

    /// <summary>For the rare reader that wants another type than the one written (and for tests): the JSON form.</summary>
    public JsonElement ToElement()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteTo(writer);
        }

        return JsonElement.Parse(buffer.WrittenSpan);
    }
}
