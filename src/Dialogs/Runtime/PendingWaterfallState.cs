using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ContactHub.Dialogs.Runtime;

/// <summary>A waterfall's step and typed values, written as <c>{"step":n,"values":{…}}</c> (<see cref="WaterfallStateJson"/>).</summary>
internal sealed class PendingWaterfallState<TValues>(int step, TValues values, JsonTypeInfo<TValues> valuesType) : PendingState
    where TValues : class, new()
{
    public int Step { get; set; } = step;

    public TValues Values { get; set; } = values;

    public override void WriteTo(Utf8JsonWriter writer) => WaterfallStateJson.Write(writer, Step, Values, valuesType);
}
