namespace ContactHub.Dialogs.Runtime.Prompts;

public sealed class PromptValidatorContext<T>(ITurnContext turn, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
{
    public ITurnContext Turn { get; } = turn;

    public PromptRecognizerResult<T> Recognized { get; } = recognized;

    public PromptOptions Options { get; } = options;

    /// <summary>1 for the first answer to this prompt, counting only answers that were rejected before.</summary>
    public int AttemptCount { get; } = attemptCount;

    internal bool RestartRequested { get; private set; }

    /// <summary>
    /// Treat this input as neither an answer nor a failed attempt: the prompt is shown again as on its first turn.
    /// Used for a greeting while a menu waits (你好 is not a wrong answer). Only has an effect when the validator returns false.
    /// </summary>
    public void RestartPrompt() => RestartRequested = true;
}
