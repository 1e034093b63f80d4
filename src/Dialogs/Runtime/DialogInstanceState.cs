using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ContactHub.Dialogs.Runtime;

/// <summary>Typed reads and writes of <see cref="DialogInstance.State"/> through a source-generated JsonTypeInfo.</summary>
public static class DialogInstanceState
{
    /// <summary>The state a new instance starts with: <c>{}</c>, because a default JsonElement cannot be serialized.</summary>
    public static JsonElement EmptyObject { get; } = JsonElement.Parse("{}"u8);

    public static T? ReadState<T>(this DialogInstance instance, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.State.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
            ? default
            : instance.State.Deserialize(typeInfo);
    }

    public static void WriteState<T>(this DialogInstance instance, T state, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(instance);
        instance.State = JsonSerializer.SerializeToElement(state, typeInfo);
    }
}
