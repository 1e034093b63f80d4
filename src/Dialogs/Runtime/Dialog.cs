namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// A stateless singleton: everything a dialog remembers between turns lives in its <see cref="DialogInstance.State"/>,
/// so any hub instance can continue any conversation.
/// </summary>
public abstract class Dialog
{
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Id = id;
        DialogIds.Remember(id);
    }

    public string Id { get; }

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>The user sent something while this dialog is on top. The default ends the dialog.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result: null, cancellationToken);
    }

    /// <summary>A child this dialog started has ended with <paramref name="result"/>. The default ends with that result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Called as this dialog's instance leaves the stack (end, replace or cancel).</summary>
    public virtual Task EndDialogAsync(ITurnContext turn, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
