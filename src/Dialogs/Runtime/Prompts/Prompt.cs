using ContactHub.Channels;

namespace ContactHub.Dialogs.Runtime.Prompts;

/// <summary>
/// BotBuilder's prompt shape: <see cref="OnPromptAsync"/> asks, <see cref="OnRecognizeAsync"/> reads the answer, an
/// optional validator judges it. After <see cref="PromptOptions.MaxAttempts"/> rejected answers the prompt ends with
/// a null result so the parent can move on instead of asking forever.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id)
{
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"Prompt '{Id}' needs {nameof(PromptOptions)}.", nameof(options));
        var instance = dc.ActiveDialog!;
        instance.WriteState(new PromptState { Options = promptOptions }, DialogJsonContext.Default.PromptState);
        var asking = OnPromptAsync(dc.Turn, promptOptions, isRetry: false, cancellationToken);
        return asking.IsCompletedSuccessfully ? DialogTurnResult.WaitingTask : WaitAfterAsync(asking);
    }

    private static async Task<DialogTurnResult> WaitAfterAsync(Task asking)
    {
        await asking;
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Turn.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.Waiting;
        }

        var instance = dc.ActiveDialog!;
        var state = instance.ReadState(DialogJsonContext.Default.PromptState) ?? new PromptState();
        var recognized = await OnRecognizeAsync(dc.Turn, state.Options, cancellationToken);
        var validation = new PromptValidatorContext<T>(dc.Turn, recognized, state.Options, state.Attempts + 1);
        var isValid = validator is null ? recognized.Succeeded : await validator(validation, cancellationToken);
        if (recognized.Succeeded)
        {
            dc.Turn.NoteUnderstanding(true);
        }

        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        return validation.RestartRequested
            ? await RepromptAsync(dc.Turn, state.Options, isRetry: false, cancellationToken)
            : await RejectAsync(dc, instance, state, recognized.Succeeded, cancellationToken);
    }

    /// <summary>Sends the question (or, on a retry, the retry text). The default sends text plus <see cref="SuggestedActionsFor"/>.</summary>
    protected virtual Task OnPromptAsync(ITurnContext turn, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(options);
        var text = isRetry ? options.RetryPrompt ?? DefaultRetryPrompt(turn.Locale) : options.Prompt;
        return string.IsNullOrEmpty(text)
            ? Task.CompletedTask
            : turn.SendTextAsync(text, SuggestedActionsFor(options, turn.Locale), cancellationToken);
    }

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turn, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>The prompt type's own "I didn't get that" text, used when the caller gave no RetryPrompt.</summary>
    protected abstract string DefaultRetryPrompt(string locale);

    protected virtual SuggestedActions? SuggestedActionsFor(PromptOptions options, string locale) => null;

    private async Task<DialogTurnResult> RepromptAsync(ITurnContext turn, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        await OnPromptAsync(turn, options, isRetry, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    private async Task<DialogTurnResult> RejectAsync(DialogContext dc, DialogInstance instance, PromptState state, bool recognizedLast, CancellationToken cancellationToken)
    {
        var rejected = state with { Attempts = state.Attempts + 1 };
        if (rejected.Attempts >= state.Options.MaxAttempts)
        {
            // Rejected by a validator is a wrong answer, not a misunderstanding; only the recognizer's miss counts.
            if (!recognizedLast)
            {
                dc.Turn.NoteUnderstanding(false);
            }

            return await dc.EndDialogAsync(result: null, cancellationToken);
        }

        instance.WriteState(rejected, DialogJsonContext.Default.PromptState);
        return await RepromptAsync(dc.Turn, state.Options, isRetry: true, cancellationToken);
    }
}
