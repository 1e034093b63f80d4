using System.Text.Json.Serialization;

namespace ContactHub.Dialogs.Runtime.Prompts;

/// <summary>
/// What a prompt asks. Stored in the prompt's instance state between turns, so it holds plain localized text rather
/// than whole activities. When <see cref="RetryPrompt"/> is null the prompt type's own localized retry text is used.
/// </summary>
[JsonConverter(typeof(PromptOptionsJsonConverter))]
public sealed record PromptOptions
{
    public string? Prompt { get; init; }

    public string? RetryPrompt { get; init; }

    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>Answers accepted before the prompt gives up and ends with a null ("no answer") result.</summary>
    public int MaxAttempts { get; init; } = 3;
}
