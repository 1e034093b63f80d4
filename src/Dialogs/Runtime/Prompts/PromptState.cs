using System.Text.Json.Serialization;

namespace ContactHub.Dialogs.Runtime.Prompts;

/// <summary>A prompt instance's stored state: what it asked and how many rejected answers it has had.</summary>
[JsonConverter(typeof(PromptStateJsonConverter))]
public sealed record PromptState
{
    public PromptOptions Options { get; init; } = new();

    public int Attempts { get; init; }
}
