using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Tests.Dealership;

/// <summary>Stands in for a dialog another engineer builds: says "&lt;id&gt;: &lt;the message it was begun with&gt;", then ends on the next message.</summary>
public sealed class EchoDialog(string id) : Dialog(id)
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await dc.Turn.SendTextAsync($"{Id}: {dc.Turn.Activity.Text}", cancellationToken);
        return DialogTurnResult.Waiting;
    }
}
