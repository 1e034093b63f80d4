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

    public static (int Step, TValues Values) Read<TValues>(JsonElement state, JsonTypeInfo<TValues> valuesType)
        where TValues : class, new()
    {
        if (state.ValueKind != JsonValueKind.Object
            || !state.TryGetProperty(StepName.EncodedUtf8Bytes, out var step)
            || !state.TryGetProperty(ValuesName.EncodedUtf8Bytes, out var values))
        {
            throw new InvalidOperationException("A waterfall's state must be {\"step\":n,\"values\":{…}}.");
        }

        return (step.GetInt32(), values.Deserialize(valuesType) ?? new TValues());
    }
}
