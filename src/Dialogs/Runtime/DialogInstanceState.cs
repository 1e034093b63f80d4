using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ContactHub.Dialogs.Runtime;

/// <summary>Typed reads and writes of <see cref="DialogInstance.State"/> through a source-generated JsonTypeInfo.</summary>
public static class DialogInstanceState
{
    /// <summary>The state a new instance starts with: <c>{}</c>, because a default JsonElement cannot be serialized.</summary>
    public static JsonElement EmptyObject { get; } = JsonElement.Parse("{}"u8);

    /// <summary>
    /// The state as <typeparamref name="T"/>. What was written this turn comes back as the same object, not a copy;
    /// what was loaded is deserialized on every call, so a caller that changes it must write it back.
    /// </summary>
    public static T? ReadState<T>(this DialogInstance instance, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Pending is PendingValue<T> pending)
        {
            return pending.Value;
        }

        if (instance.Pending is not null)
        {
            return instance.State.Deserialize(typeInfo);
        }

        // Through DialogJsonSource, so that converters may keep or look up slices of the stored bytes.
        var stored = instance.Stored;
        return stored.IsEmpty || stored.Span.SequenceEqual("null"u8) ? default : DialogJsonSource.Deserialize(stored, typeInfo);
    }

    /// <summary>Keeps <paramref name="state"/> as the instance's state; it is serialized when the conversation is.</summary>
    public static void WriteState<T>(this DialogInstance instance, T state, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Pending is PendingValue<T> pending && ReferenceEquals(pending.TypeInfo, typeInfo))
        {
            pending.Value = state;
        }
        else
        {
            instance.Pending = new PendingValue<T>(state, typeInfo);
        }
    }
}
