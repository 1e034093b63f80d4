using ContactHub.Channels;
using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Resources;

namespace ContactHub.Dialogs.Runtime.Prompts;

/// <summary>
/// One of <see cref="PromptOptions.Choices"/>, offered as suggested actions (channels without buttons render them as
/// a numbered list, which is why "1" and "第一个" are understood). Ends with a <see cref="FoundChoice"/>.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(options);
        var found = ChoiceRecognizer.Recognize(turn.Activity.Text, options.Choices ?? []);
        return Task.FromResult(new PromptRecognizerResult<FoundChoice>(found is not null, found));
    }

    protected override string DefaultRetryPrompt(string locale) => Strings.ChoiceRetry(locale);

    protected override SuggestedActions? SuggestedActionsFor(PromptOptions options, string locale)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Choices is not { Count: > 0 } choices)
        {
            return null;
        }

        var titles = new string[choices.Count];
        for (var i = 0; i < titles.Length; i++)
        {
            titles[i] = choices[i].Value;
        }

        return new SuggestedActions { Actions = CardAction.ImBacks(titles) };
    }
}
