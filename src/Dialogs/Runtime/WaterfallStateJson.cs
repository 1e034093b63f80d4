using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// A waterfall instance's state, <c>{"step":1,"values":{…}}</c>. Written by hand around the dialog's own values
/// JsonTypeInfo so that a waterfall needs no generic wrapper type registered in anyone's JsonSerializerContext.
/// </summary>
internal static class WaterfallStateJson
{
    private static readonly JsonEncodedText StepName = JsonEncodedText.Encode("step");
    private static readonly JsonEncodedText ValuesName = JsonEncodedText.Encode("values");

    public static void Write<TValues>(Utf8JsonWriter writer, int step, TValues values, JsonTypeInfo<TValues> valuesType)
    {
        writer.WriteStartObject();
        writer.WriteNumber(StepName, step);
        writer.WritePropertyName(ValuesName);
        JsonSerializer.Serialize(writer, values, valuesType);
        writer.WriteEndObject();
    }

    public static (int Step, TValues Values) Read<TValues>(ReadOnlySpan<byte> state, JsonTypeInfo<TValues> valuesType)
        where TValues : class, new()
    {
        var reader = new Utf8JsonReader(state);
        int? step = null;
        Range? values = null;
        if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isStep = reader.ValueTextEquals(StepName.EncodedUtf8Bytes);
                var isValues = !isStep && reader.ValueTextEquals(ValuesName.EncodedUtf8Bytes);
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                if (isStep && reader.TokenType == JsonTokenType.Number)
                {
                    step = reader.GetInt32();
                }

                reader.Skip();
                if (isValues)
                {
                    values = start..(int)reader.BytesConsumed;
                }
            }
        }

        if (step is null || values is null)
        {
            throw new InvalidOperationException("A waterfall's state must be {\"step\":n,\"values\":{…}}.");
        }

        return (step.Value, JsonSerializer.Deserialize(state[values.Value], valuesType) ?? new TValues());
    }
}
