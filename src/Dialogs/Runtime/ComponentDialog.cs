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

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var (instance, inner) = EnterInner(dc);
        return LeaveInnerAsync(dc, instance, inner, inner.BeginDialogAsync(InitialDialogId, options, cancellationToken), cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var (instance, inner) = EnterInner(dc);
        return LeaveInnerAsync(dc, instance, inner, inner.ContinueDialogAsync(cancellationToken), cancellationToken);
    }

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
            ? StoredDialogState.Read(instance.Stored)
            : instance.ReadState(DialogJsonContext.Default.DialogState) ?? new DialogState();

    private (DialogInstance Instance, DialogContext Inner) EnterInner(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog ?? throw new InvalidOperationException($"Component '{Id}' is not on the stack.");
        return (instance, dc.CreateChild(_dialogs, ReadInner(instance)));
    }

    private static Task<DialogTurnResult> LeaveInnerAsync(
        DialogContext dc, DialogInstance instance, DialogContext inner, Task<DialogTurnResult> running, CancellationToken cancellationToken) =>
        running.IsCompletedSuccessfully
            ? LeaveInner(dc, instance, inner, running, cancellationToken)
            : LeaveInnerAfterAsync(dc, instance, inner, running, cancellationToken);

    private static async Task<DialogTurnResult> LeaveInnerAfterAsync(
        DialogContext dc, DialogInstance instance, DialogContext inner, Task<DialogTurnResult> running, CancellationToken cancellationToken)
    {
        await running;
        return await LeaveInner(dc, instance, inner, running, cancellationToken);
    }

    /// <summary>Called with the inner operation completed; a Waiting result goes back as the inner task itself.</summary>
    private static Task<DialogTurnResult> LeaveInner(
        DialogContext dc, DialogInstance instance, DialogContext inner, Task<DialogTurnResult> completed, CancellationToken cancellationToken)
    {
        var result = completed.Result;
        instance.WriteState(inner.State, DialogJsonContext.Default.DialogState);
        // Anything but Waiting means the inner stack is done (BotBuilder's EndComponentAsync).
        if (result.Status != DialogTurnStatus.Waiting)
        {
            return dc.EndDialogAsync(result.Result, cancellationToken);
        }

        return completed;
    }
}
