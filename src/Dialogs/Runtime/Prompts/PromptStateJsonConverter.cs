using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactHub.Dialogs.Runtime.Prompts;

/// <summary>
/// <c>{"options":{…},"attempts":n}</c>, the shape the source generator gave <see cref="PromptState"/>, null options
/// left out. Read by hand because the generated reader set its init-only properties through a constructor delegate,
/// with an argument array and argument state on every answer to a prompt (issue 8). Like that reader, it leaves
/// <see cref="PromptState.Options"/> null when the JSON has none.
/// </summary>
public sealed class PromptStateJsonConverter : JsonConverter<PromptState>
{
    private static readonly JsonEncodedText OptionsName = JsonEncodedText.Encode("options");
    private static readonly JsonEncodedText AttemptsName = JsonEncodedText.Encode("attempts");
    private static readonly PromptOptionsJsonConverter OptionsConverter = new();

    public override PromptState? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A prompt state must be a JSON object.");
        }

        var (promptOptions, attempts) = (default(PromptOptions), 0);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isOptions = reader.ValueTextEquals(OptionsName.EncodedUtf8Bytes);
            var isAttempts = !isOptions && reader.ValueTextEquals(AttemptsName.EncodedUtf8Bytes);
            reader.Read();
            if (isOptions)
            {
                promptOptions = OptionsConverter.Read(ref reader, typeof(PromptOptions), options);
            }
            else if (isAttempts)
            {
                attempts = reader.GetInt32();
            }
            else
            {
                reader.Skip();
            }
        }

        return new PromptState { Options = promptOptions!, Attempts = attempts };
    }

    public override void Write(Utf8JsonWriter writer, PromptState value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        if (value.Options is { } promptOptions)
        {
            writer.WritePropertyName(OptionsName);
            OptionsConverter.Write(writer, promptOptions, options);
        }

        writer.WriteNumber(AttemptsName, value.Attempts);
        writer.WriteEndObject();
    }
}
