using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactHub.Dialogs.Runtime.Prompts;

/// <summary>
/// <c>{"prompt":…,"retryPrompt":…,"choices":[{"value":…,"synonyms":[…]}],"maxAttempts":3}</c>, the shape the source
/// generator gave <see cref="PromptOptions"/>, nulls left out. A waiting prompt reads its options back on every
/// answer; read by hand they cost no serializer frame array, constructor-argument state or list enumerators, and a
/// choice list read before, in any conversation, is not read again (<see cref="PromptChoicesCache"/>; issue 8).
/// </summary>
public sealed class PromptOptionsJsonConverter : JsonConverter<PromptOptions>
{
    private static readonly JsonEncodedText PromptName = JsonEncodedText.Encode("prompt");
    private static readonly JsonEncodedText RetryPromptName = JsonEncodedText.Encode("retryPrompt");
    private static readonly JsonEncodedText ChoicesName = JsonEncodedText.Encode("choices");
    private static readonly JsonEncodedText MaxAttemptsName = JsonEncodedText.Encode("maxAttempts");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText SynonymsName = JsonEncodedText.Encode("synonyms");
    private static readonly int DefaultMaxAttempts = new PromptOptions().MaxAttempts;

    public override PromptOptions? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(reader.TokenType, JsonTokenType.StartObject, "Prompt options");
        var (prompt, retryPrompt, choices, maxAttempts) = (default(string), default(string), default(List<Choice>), DefaultMaxAttempts);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(PromptName.EncodedUtf8Bytes))
            {
                reader.Read();
                prompt = reader.GetString();
            }
            else if (reader.ValueTextEquals(RetryPromptName.EncodedUtf8Bytes))
            {
                reader.Read();
                retryPrompt = reader.GetString();
            }
            else if (reader.ValueTextEquals(ChoicesName.EncodedUtf8Bytes))
            {
                reader.Read();
                choices = ReadChoices(ref reader);
            }
            else if (reader.ValueTextEquals(MaxAttemptsName.EncodedUtf8Bytes))
            {
                reader.Read();
                maxAttempts = reader.GetInt32();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new PromptOptions { Prompt = prompt, RetryPrompt = retryPrompt, Choices = choices, MaxAttempts = maxAttempts };
    }

    public override void Write(Utf8JsonWriter writer, PromptOptions value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        WriteIfNotNull(writer, PromptName, value.Prompt);
        WriteIfNotNull(writer, RetryPromptName, value.RetryPrompt);
        if (value.Choices is { } choices)
        {
            writer.WriteStartArray(ChoicesName);
            for (var i = 0; i < choices.Count; i++)
            {
                WriteChoice(writer, choices[i]);
            }

            writer.WriteEndArray();
        }

        writer.WriteNumber(MaxAttemptsName, value.MaxAttempts);
        writer.WriteEndObject();
    }

    private static List<Choice>? ReadChoices(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(reader.TokenType, JsonTokenType.StartArray, "Prompt choices");
        return DialogJsonSource.TrySliceValue(ref reader, out var json)
            ? PromptChoicesCache.GetOrRead(json.Span, ReadChoiceArray)
            : ReadChoiceArray(ref reader);
    }

    private static List<Choice> ReadChoiceArray(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return ReadChoiceArray(ref reader);
    }

    private static List<Choice> ReadChoiceArray(ref Utf8JsonReader reader)
    {
        var choices = new List<Choice>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            choices.Add(ReadChoice(ref reader)!);
        }

        return choices;
    }

    private static Choice? ReadChoice(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(reader.TokenType, JsonTokenType.StartObject, "A choice");
        string? value = null;
        List<string>? synonyms = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isValue = reader.ValueTextEquals(ValueName.EncodedUtf8Bytes);
            var isSynonyms = !isValue && reader.ValueTextEquals(SynonymsName.EncodedUtf8Bytes);
            reader.Read();
            if (isValue)
            {
                value = reader.GetString();
            }
            else if (isSynonyms && reader.TokenType != JsonTokenType.Null)
            {
                Expect(reader.TokenType, JsonTokenType.StartArray, "A choice's synonyms");
                synonyms = [];
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    synonyms.Add(reader.GetString()!);
                }
            }
            else
            {
                reader.Skip();
            }
        }

        // The record's constructor takes Value as non-null; the source generator passed a missing one on as null too.
        return new Choice(value!, synonyms);
    }

    private static void WriteChoice(Utf8JsonWriter writer, Choice? choice)
    {
        if (choice is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        WriteIfNotNull(writer, ValueName, choice.Value);
        if (choice.Synonyms is { } synonyms)
        {
            writer.WriteStartArray(SynonymsName);
            for (var i = 0; i < synonyms.Count; i++)
            {
                writer.WriteStringValue(synonyms[i]);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteIfNotNull(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Expect(JsonTokenType found, JsonTokenType type, string what)
    {
        if (found != type)
        {
            throw new JsonException($"{what} must be a JSON {(type == JsonTokenType.StartObject ? "object" : "array")}.");
        }
    }
}
