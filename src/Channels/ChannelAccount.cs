using System.Text.Json.Serialization;

namespace ContactHub.Channels;

public sealed record ChannelAccount
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>"user", "bot" or "channel".</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }
}
