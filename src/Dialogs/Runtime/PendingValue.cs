using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ContactHub.Dialogs.Runtime;

/// <summary>A typed state record written through <see cref="DialogInstanceState.WriteState{T}"/>.</summary>
internal sealed class PendingValue<T>(T value, JsonTypeInfo<T> typeInfo) : PendingState
{
    public T Value { get; set; } = value;

    public JsonTypeInfo<T> TypeInfo => typeInfo;

    public override void WriteTo(Utf8JsonWriter writer) => JsonSerializer.Serialize(writer, Value, typeInfo);
}
