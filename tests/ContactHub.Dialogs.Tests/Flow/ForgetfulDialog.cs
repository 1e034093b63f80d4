using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Tests.Flow;

/// <summary>A deliberately wrong dialog that remembers the last message in a field instead of in its instance state.</summary>
public sealed class ForgetfulDialog() : Dialog(nameof(ForgetfulDialog))
{
    private string _lastText = "";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        await dc.Turn.SendTextAsync("ready", cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.Turn.SendTextAsync("before: " + _lastText, cancellationToken);
        _lastText = dc.Turn.Activity.Text ?? "";
        return DialogTurnResult.Waiting;
    }
}
