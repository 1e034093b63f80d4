using ContactHub.Dialogs.Resources;

namespace ContactHub.Dialogs.Runtime.Prompts;

/// <summary>Any non-blank text, trimmed.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = turn.Activity.Text?.Trim();
        return Task.FromResult(string.IsNullOrEmpty(text)
            ? new PromptRecognizerResult<string>(Succeeded: false)
            : new PromptRecognizerResult<string>(Succeeded: true, text));
    }

    protected override string DefaultRetryPrompt(string locale) => Strings.TextRetry(locale);
}
