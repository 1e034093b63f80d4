using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Runtime.Prompts;

namespace ContactHub.Dialogs.Tests.Runtime;

/// <summary>A three-question component written the way dealership dialogs are, ending with a summary string.</summary>
public sealed class OrderDialog : ComponentDialog
{
    public OrderDialog(string id = nameof(OrderDialog))
        : base(id)
    {
        AddDialog(new WaterfallDialog<OrderValues>(nameof(WaterfallDialog<>), TestJsonContext.Default.OrderValues, AskNameStepAsync, AskQuantityStepAsync, AskExpressStepAsync, SummarizeOrderStepAsync));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        AddDialog(new NumberPrompt(nameof(NumberPrompt)));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
    }

    private static Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext<OrderValues> step, CancellationToken ct) =>
        step.Values.Name is null
            ? step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = "Name?" }, ct)
            : step.NextAsync(step.Values.Name, ct);

    private static Task<DialogTurnResult> AskQuantityStepAsync(WaterfallStepContext<OrderValues> step, CancellationToken ct)
    {
        step.Values.Name = (string)step.Result!;
        return step.PromptAsync(nameof(NumberPrompt), new PromptOptions { Prompt = "How many?", RetryPrompt = "A number, please." }, ct);
    }

    private static Task<DialogTurnResult> AskExpressStepAsync(WaterfallStepContext<OrderValues> step, CancellationToken ct)
    {
        step.Values.Quantity = step.Result is decimal quantity ? quantity : -1;
        return step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions { Prompt = "Express?" }, ct);
    }

    private static async Task<DialogTurnResult> SummarizeOrderStepAsync(WaterfallStepContext<OrderValues> step, CancellationToken ct)
    {
        step.Values.Express = step.Result is true;
        var summary = $"{step.Values.Name} x{step.Values.Quantity} express={step.Values.Express}";
        await step.Turn.SendTextAsync(summary, ct);
        return await step.EndDialogAsync(summary, ct);
    }
}
