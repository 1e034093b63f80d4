using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Resources;

namespace ContactHub.Dialogs.Runtime.Prompts;

/// <summary>
/// A date and/or time in Chinese or English (明天下午三点, 下周二上午, 11月30号10点, "tomorrow 3pm", "next Tuesday
/// morning"), read by <see cref="DateTimeRecognizer"/> relative to the clock in the dealer's time zone. Ends with the
/// first <see cref="DateTimeMatch"/>; whether a day without a time, an inferred time or a past date is good enough is
/// the validator's call, because only the dialog knows (a snooze needs a day, a booking a slot).
/// </summary>
public sealed class DateTimePrompt(
    string id,
    PromptValidator<DateTimeMatch>? validator = null,
    TimeProvider? clock = null,
    TimeZoneInfo? timeZone = null) : Prompt<DateTimeMatch>(id, validator)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly DateTimeRecognizer _recognizer = new(timeZone);

    protected override Task<PromptRecognizerResult<DateTimeMatch>> OnRecognizeAsync(ITurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var matches = _recognizer.FindAll(turn.Activity.Text, turn.Locale, _clock.GetUtcNow());
        return Task.FromResult(matches.Count > 0
            ? new PromptRecognizerResult<DateTimeMatch>(Succeeded: true, matches[0])
            : new PromptRecognizerResult<DateTimeMatch>(Succeeded: false));
    }

    protected override string DefaultRetryPrompt(string locale) => Strings.DateTimeRetry(locale);
}
