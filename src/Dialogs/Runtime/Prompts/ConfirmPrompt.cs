using ContactHub.Channels;
using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Resources;

namespace ContactHub.Dialogs.Runtime.Prompts;

/// <summary>Yes or no (是/好的/可以 … 不/不用/算了, yes/ok … no/nope). Appends the locale's "(是/否)" hint and offers both as buttons.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    protected override Task OnPromptAsync(ITurnContext turn, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(options);
        var withHint = isRetry || string.IsNullOrEmpty(options.Prompt)
            ? options
            : options with { Prompt = options.Prompt + Strings.ConfirmSuffix(turn.Locale) };
        return base.OnPromptAsync(turn, withHint, isRetry, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var answer = ConfirmRecognizer.Recognize(turn.Activity.Text);
        return Task.FromResult(new PromptRecognizerResult<bool>(answer.HasValue, answer ?? false));
    }

    protected override string DefaultRetryPrompt(string locale) => Strings.ConfirmRetry(locale);

    protected override SuggestedActions? SuggestedActionsFor(PromptOptions options, string locale) =>
        SuggestedActions.Of(Strings.ConfirmYes(locale), Strings.ConfirmNo(locale));
}
