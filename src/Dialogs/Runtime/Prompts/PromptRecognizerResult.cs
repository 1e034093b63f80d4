namespace ContactHub.Dialogs.Runtime.Prompts;

public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default);
