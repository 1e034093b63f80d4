namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// The Hub's entry point, shaped like BotBuilder's DialogExtensions.RunAsync. Build the <see cref="DialogSet"/> of
/// top-level dialogs once; every dialog that may sit at the bottom of a stored stack must be in it.
/// </summary>
public static class DialogRunner
{
    /// <summary>Continues the active dialog, or begins <paramref name="root"/> when the stack is empty.</summary>
    public static Task<DialogTurnResult> RunAsync(Dialog root, ITurnContext turn, DialogState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(root);
        return RunAsync(new DialogSet(root), root.Id, turn, state, cancellationToken);
    }

    public static async Task<DialogTurnResult> RunAsync(
        DialogSet dialogs, string rootId, ITurnContext turn, DialogState state, CancellationToken cancellationToken)
    {
        var dc = new DialogContext(dialogs, turn, state);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(rootId, options: null, cancellationToken)
            : result;
    }

    /// <summary>Cancels whatever is running and begins <paramref name="dialogId"/> (菜单/menu, a campaign's survey).</summary>
    public static async Task<DialogTurnResult> BeginAsync(
        DialogSet dialogs, string dialogId, object? options, ITurnContext turn, DialogState state, CancellationToken cancellationToken)
    {
        var dc = new DialogContext(dialogs, turn, state);
        await dc.CancelAllDialogsAsync(cancellationToken);
        return await dc.BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>
    /// Cancels the whole stack, running each dialog's end hook (取消/cancel, 人工/agent). Dialogs no longer in
    /// <paramref name="dialogs"/> are dropped without a hook, so this never fails on stale state.
    /// </summary>
    public static Task<DialogTurnResult> CancelAllAsync(DialogSet dialogs, ITurnContext turn, DialogState state, CancellationToken cancellationToken) =>
        new DialogContext(dialogs, turn, state).CancelAllDialogsAsync(cancellationToken);
}
