using System.Text.Json.Serialization;

namespace ContactHub.Channels;

public sealed record SuggestedActions
{
    [JsonPropertyName("to")]
    public IReadOnlyList<string>? To { get; init; }

    [JsonPropertyName("actions")]
    public IReadOnlyList<CardAction> Actions { get; init; } = [];

    public static SuggestedActions Of(params IEnumerable<string> titles) =>
        new() { Actions = CardAction.ImBacks([.. titles]) };
}
