using System.Globalization;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Runtime.Prompts;
using ContactHub.Dialogs.Tests.Runtime;

namespace ContactHub.Dialogs.Tests.Prompts;

/// <summary>Asks one prompt, then says what it got ("got: …" or "got: no answer") and ends with it.</summary>
public sealed class PromptHostDialog : ComponentDialog
{
    private readonly string _promptId;
    private readonly PromptOptions _options;

    public PromptHostDialog(Dialog prompt, PromptOptions options)
        : base(nameof(PromptHostDialog))
    {
        _promptId = prompt.Id;
        _options = options;
        AddDialog(new WaterfallDialog<EchoValues>(nameof(WaterfallDialog<>), TestJsonContext.Default.EchoValues, AskStepAsync, ReportAnswerStepAsync));
        AddDialog(prompt);
    }

    private Task<DialogTurnResult> AskStepAsync(WaterfallStepContext<EchoValues> step, CancellationToken ct) =>
        step.PromptAsync(_promptId, _options, ct);

    private static async Task<DialogTurnResult> ReportAnswerStepAsync(WaterfallStepContext<EchoValues> step, CancellationToken ct)
    {
        var answer = step.Result switch
        {
            null => "no answer",
            FoundChoice choice => $"{choice.Index}:{choice.Value}",
            var value => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
        await step.Turn.SendTextAsync("got: " + answer, ct);
        return await step.EndDialogAsync(step.Result, ct);
    }
}
