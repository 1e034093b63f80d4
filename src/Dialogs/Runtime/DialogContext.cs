namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// One turn's view of a dialog stack: the dialogs that can be started, the turn, and the stack itself (top = last).
/// A <see cref="ComponentDialog"/> makes a child context over its own inner stack, whose dialogs can also start
/// dialogs known to the parent.
/// </summary>
public sealed class DialogContext
{
    private readonly DialogSet _dialogs;
    private readonly DialogContext? _parent;

    public DialogContext(DialogSet dialogs, ITurnContext turn, DialogState state)
        : this(dialogs, turn, state, parent: null)
    {
    }

    internal DialogContext(DialogSet dialogs, ITurnContext turn, DialogState state, DialogContext? parent)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        _dialogs = dialogs;
        _parent = parent;
        Turn = turn;
        State = state;
    }

    public ITurnContext Turn { get; }

    public DialogState State { get; }

    public IReadOnlyList<DialogInstance> Stack => State.Stack;

    public DialogInstance? ActiveDialog => State.Stack.Count == 0 ? null : State.Stack[^1];

    public Dialog? FindDialog(string id) => _dialogs.Find(id) ?? _parent?.FindDialog(id);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException($"Dialog '{dialogId}' was not found.");
        State.Stack.Add(new DialogInstance { Id = dialogId, State = DialogInstanceState.EmptyObject });
        return dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Hands the user's message to the dialog on top, or returns <see cref="DialogTurnStatus.Empty"/>.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        var active = ActiveDialog;
        if (active is null)
        {
            return DialogTurnResult.EmptyTask;
        }

        return ActiveDialogOrThrow(active).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Pops the dialog on top and resumes its parent with <paramref name="result"/> in this same turn.</summary>
    public Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        var popping = PopAsync(DialogReason.EndCalled, cancellationToken);
        return popping.IsCompletedSuccessfully ? ResumeParentAsync(result, cancellationToken) : EndAfterPopAsync(popping, result, cancellationToken);
    }

    /// <summary>Pops the dialog on top and begins <paramref name="dialogId"/> in its place, without resuming the parent.</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var popping = PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        return popping.IsCompletedSuccessfully ? BeginDialogAsync(dialogId, options, cancellationToken) : ReplaceAfterPopAsync(popping, dialogId, options, cancellationToken);
    }

    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
    {
        if (State.Stack.Count == 0)
        {
            return DialogTurnResult.Empty;
        }

        while (State.Stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return DialogTurnResult.Cancelled;
    }

    internal DialogContext CreateChild(DialogSet dialogs, DialogState state) => new(dialogs, Turn, state, this);

    private async Task<DialogTurnResult> EndAfterPopAsync(Task popping, object? result, CancellationToken cancellationToken)
    {
        await popping;
        return await ResumeParentAsync(result, cancellationToken);
    }

    private async Task<DialogTurnResult> ReplaceAfterPopAsync(Task popping, string dialogId, object? options, CancellationToken cancellationToken)
    {
        await popping;
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    private Task<DialogTurnResult> ResumeParentAsync(object? result, CancellationToken cancellationToken)
    {
        var parent = ActiveDialog;
        if (parent is null)
        {
            return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Complete, result));
        }

        return ActiveDialogOrThrow(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
    }

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var top = ActiveDialog;
        if (top is null)
        {
            return;
        }

        // The hook runs while the instance is still on the stack (BotBuilder order); an id that no longer exists
        // (a dialog removed by a deploy) is popped without a hook so cancelling always succeeds.
        var dialog = FindDialog(top.Id);
        if (dialog is not null)
        {
            await dialog.EndDialogAsync(Turn, top, reason, cancellationToken);
        }

        State.Stack.RemoveAt(State.Stack.Count - 1);
    }

    private Dialog ActiveDialogOrThrow(DialogInstance instance) =>
        FindDialog(instance.Id) ?? throw new InvalidOperationException($"Dialog '{instance.Id}' on the stack was not found.");
}
