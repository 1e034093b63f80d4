using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// <c>{"id":"…","state":{…}}</c>, the shape the source generator gave <see cref="DialogInstance"/> before this
/// converter existed, so conversations stored by an older hub load unchanged. Writing serializes a pending state
/// straight into the conversation's writer instead of through an intermediate JsonElement (issue 8).
/// </summary>
public sealed class DialogInstanceJsonConverter : JsonConverter<DialogInstance>
{
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText StateName = JsonEncodedText.Encode("state");

    public override DialogInstance? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadInstance(ref reader);

    public override void Write(Utf8JsonWriter writer, DialogInstance value, JsonSerializerOptions options) => WriteInstance(writer, value);

    internal static DialogInstance? ReadInstance(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog instance must be a JSON object.");
        }

        var instance = new DialogInstance();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals(IdName.EncodedUtf8Bytes);
            var isState = !isId && reader.ValueTextEquals(StateName.EncodedUtf8Bytes);
            reader.Read();
            if (isId)
            {
                instance.Id = DialogIds.Read(ref reader);
            }
            else if (isState && DialogJsonSource.TrySliceValue(ref reader, out var slice))
            {
                instance.Stored = slice;
            }
            else if (isState)
            {
                // A pooled document, only to find the value's bytes; the instance keeps an exact copy of them.
                using var document = JsonDocument.ParseValue(ref reader);
                instance.Stored = JsonMarshal.GetRawUtf8Value(document.RootElement).ToArray();
            }
            else
            {
                reader.Skip();
            }
        }

        return reader.TokenType == JsonTokenType.EndObject ? instance : throw new JsonException("A dialog instance ended early.");
    }

    internal static void WriteInstance(Utf8JsonWriter writer, DialogInstance value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString(IdName, value.Id);
        writer.WritePropertyName(StateName);
        value.WriteStateTo(writer);
        writer.WriteEndObject();
    }
}
