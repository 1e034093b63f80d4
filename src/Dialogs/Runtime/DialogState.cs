namespace ContactHub.Dialogs.Runtime;

/// <summary>The dialog stack of one conversation, top of stack last. Plain JSON, so it moves between hub instances.</summary>
public sealed class DialogState
{
    public List<DialogInstance> Stack { get; set; } = [];
}
