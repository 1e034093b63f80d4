namespace ContactHub.Dialogs.Runtime.Prompts;

/// <summary>Decides whether a recognized answer is acceptable. Return false to re-ask (or see <see cref="PromptValidatorContext{T}.RestartPrompt"/>).</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);
