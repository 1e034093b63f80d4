namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// A dialog made of dialogs. Its inner stack is a <see cref="DialogState"/> stored as JSON inside its own
/// <see cref="DialogInstance.State"/>, so the outer stack shows one entry per component however deep it runs.
/// Subclasses register their prompts and waterfall in the constructor; the first one added is the initial dialog.
/// </summary>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    private readonly DialogSet _dialogs = new();

    protected string InitialDialogId { get; set; } = "";

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        RunInnerAsync(dc, inner => inner.BeginDialogAsync(InitialDialogId, options, cancellationToken), cancellationToken);

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunInnerAsync(dc, inner => inner.ContinueDialogAsync(cancellationToken), cancellationToken);

    /// <summary>Children run on the inner stack, so a resume here only means a parent-level dialog ended; keep waiting.</summary>
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken) =>
        DialogTurnResult.WaitingTask;

    /// <summary>Cancelling the component cancels its inner stack first, so inner end hooks run too.</summary>
    public override async Task EndDialogAsync(ITurnContext turn, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            var innerState = ReadInner(instance);
            await new DialogContext(_dialogs, turn, innerState).CancelAllDialogsAsync(cancellationToken);
            instance.WriteState(innerState, DialogJsonContext.Default.DialogState);
        }
    }

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        if (InitialDialogId.Length == 0)
        {
            InitialDialogId = dialog.Id;
        }

        return this;
    }

    private static DialogState ReadInner(DialogInstance instance) =>
        instance.Pending is null
            ? DialogStateElement.Read(instance.Stored)
            : instance.ReadState(DialogJsonContext.Default.DialogState) ?? new DialogState();

    private async Task<DialogTurnResult> RunInnerAsync(
        DialogContext dc, Func<DialogContext, Task<DialogTurnResult>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog ?? throw new InvalidOperationException($"Component '{Id}' is not on the stack.");
        var innerState = ReadInner(instance);
        var result = await operation(dc.CreateChild(_dialogs, innerState));
        instance.WriteState(innerState, DialogJsonContext.Default.DialogState);
        // Anything but Waiting means the inner stack is done (BotBuilder's EndComponentAsync).
        return result.Status == DialogTurnStatus.Waiting
            ? result
            : await dc.EndDialogAsync(result.Result, cancellationToken);
    }
}
