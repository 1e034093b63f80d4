using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Tests.Runtime;

/// <summary>Starts one child dialog, then reports what the child ended with and ends with it.</summary>
public sealed class ParentDialog : ComponentDialog
{
    private readonly string _childId;

    public ParentDialog(string childId, params Dialog[] children)
        : base(nameof(ParentDialog))
    {
        _childId = childId;
        AddDialog(new WaterfallDialog<EchoValues>(nameof(WaterfallDialog<>), TestJsonContext.Default.EchoValues, StartChildStepAsync, ReportChildStepAsync));
        foreach (var child in children)
        {
            AddDialog(child);
        }
    }

    private Task<DialogTurnResult> StartChildStepAsync(WaterfallStepContext<EchoValues> step, CancellationToken ct)
    {
        step.Values.Prefix = "child said: ";
        return step.BeginDialogAsync(_childId, options: null, ct);
    }

    private static async Task<DialogTurnResult> ReportChildStepAsync(WaterfallStepContext<EchoValues> step, CancellationToken ct)
    {
        await step.Turn.SendTextAsync(step.Values.Prefix + (step.Result ?? "nothing"), ct);
        return await step.EndDialogAsync(step.Result, ct);
    }
}
