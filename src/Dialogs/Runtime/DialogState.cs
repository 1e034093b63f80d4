using System.Text.Json.Serialization;

namespace ContactHub.Dialogs.Runtime;

/// <summary>The dialog stack of one conversation, top of stack last. Plain JSON, so it moves between hub instances.</summary>
[JsonConverter(typeof(DialogStateJsonConverter))]
public sealed class DialogState
{
    public List<DialogInstance> Stack { get; set; } = [];
}
