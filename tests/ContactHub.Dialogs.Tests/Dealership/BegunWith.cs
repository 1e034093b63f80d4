using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Tests.Dealership;

/// <summary>
/// Runs <paramref name="dialog"/> as a flow's root but begins it with <paramref name="options"/>, the way the menu,
/// a campaign or the agent desk will (ConversationFlow begins its root with none). Same id, so the stored stack is
/// exactly the one the Hub would hold.
/// </summary>
public sealed class BegunWith(Dialog dialog, object options) : Dialog(dialog.Id)
{
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? ignored, CancellationToken cancellationToken) =>
        dialog.BeginDialogAsync(dc, options, cancellationToken);

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dialog.ContinueDialogAsync(dc, cancellationToken);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken) =>
        dialog.ResumeDialogAsync(dc, reason, result, cancellationToken);

    public override Task EndDialogAsync(ITurnContext turn, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        dialog.EndDialogAsync(turn, instance, reason, cancellationToken);
}
