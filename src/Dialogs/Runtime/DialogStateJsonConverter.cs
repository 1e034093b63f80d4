using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// <c>{"stack":[…]}</c>, the shape the source generator gave <see cref="DialogState"/>. Read by hand because the
/// generated reader pushed a frame for the nested object, and the serializer allocates its frame array (over half
/// a kilobyte) on the first push of every load (issue 8).
/// </summary>
public sealed class DialogStateJsonConverter : JsonConverter<DialogState>
{
    private static readonly JsonEncodedText StackName = JsonEncodedText.Encode("stack");

    public override DialogState? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog state must be a JSON object.");
        }

        var state = new DialogState();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isStack = reader.ValueTextEquals(StackName.EncodedUtf8Bytes);
            reader.Read();
            if (!isStack)
            {
                reader.Skip();
            }
            else if (reader.TokenType == JsonTokenType.Null)
            {
                state.Stack = null!;
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    state.Stack.Add(DialogInstanceJsonConverter.ReadInstance(ref reader)!);
                }
            }
            else
            {
                throw new JsonException("A dialog state's stack must be a JSON array.");
            }
        }

        return reader.TokenType == JsonTokenType.EndObject ? state : throw new JsonException("A dialog state ended early.");
    }

    public override void Write(Utf8JsonWriter writer, DialogState value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        if (value.Stack is { } stack)
        {
            writer.WriteStartArray(StackName);
            foreach (var instance in stack)
            {
                if (instance is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    DialogInstanceJsonConverter.WriteInstance(writer, instance);
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
