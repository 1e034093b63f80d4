using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Tests.Runtime;

/// <summary>
/// Announces itself, waits, ends with the upper-cased text when told "end", and records its hooks into a list the
/// test owns (the only in-memory observation in these tests; the dialog keeps no state of its own).
/// </summary>
public sealed class RecordingDialog(string id, List<string> events) : Dialog(id)
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        await dc.Turn.SendTextAsync($"begin {Id}", cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var text = dc.Turn.Activity.Text ?? "";
        return text.StartsWith("end", StringComparison.Ordinal)
            ? dc.EndDialogAsync(text.ToUpperInvariant(), cancellationToken)
            : Task.FromResult(DialogTurnResult.Waiting);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        events.Add($"{Id}:resumed:{result}");
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override Task EndDialogAsync(ITurnContext turn, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        events.Add($"{Id}:{reason}");
        return Task.CompletedTask;
    }
}
