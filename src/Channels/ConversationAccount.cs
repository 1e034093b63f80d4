using System.Text.Json.Serialization;

namespace ContactHub.Channels;

public sealed record ConversationAccount
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    [JsonPropertyName("name")]
    public string? Name { get; init; }
}
