using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Resources;

namespace ContactHub.Dialogs.Runtime.Prompts;

/// <summary>A number in Arabic or Chinese numerals ("35", "3.5", "三十五", "两千零二十六"). Ends with a decimal.</summary>
public sealed class NumberPrompt(string id, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    protected override Task<PromptRecognizerResult<decimal>> OnRecognizeAsync(ITurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var number = NumberRecognizer.Recognize(turn.Activity.Text);
        return Task.FromResult(new PromptRecognizerResult<decimal>(number.HasValue, number ?? 0));
    }

    protected override string DefaultRetryPrompt(string locale) => Strings.NumberRetry(locale);
}
