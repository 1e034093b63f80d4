using System.Text.Json;

namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// Reads a component's stored inner <see cref="DialogState"/> from the JsonElement it was loaded as. Each inner
/// instance keeps a sub-element of the same document, where deserializing would copy every nested level again.
/// </summary>
internal static class DialogStateElement
{
    private static readonly JsonEncodedText StackName = JsonEncodedText.Encode("stack");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText StateName = JsonEncodedText.Encode("state");

    public static DialogState Read(JsonElement stored)
    {
        var state = new DialogState();
        if (stored.ValueKind != JsonValueKind.Object
            || !stored.TryGetProperty(StackName.EncodedUtf8Bytes, out var stack)
            || stack.ValueKind != JsonValueKind.Array)
        {
            return state;
        }

        foreach (var item in stack.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException("A dialog instance must be a JSON object.");
            }

            var instance = new DialogInstance();
            if (item.TryGetProperty(IdName.EncodedUtf8Bytes, out var id) && id.ValueKind == JsonValueKind.String)
            {
                instance.Id = id.GetString()!;
            }

            if (item.TryGetProperty(StateName.EncodedUtf8Bytes, out var instanceState))
            {
                instance.State = instanceState;
            }

            state.Stack.Add(instance);
        }

        return state;
    }
}
