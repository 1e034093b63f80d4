using System.Text.Json.Serialization;

namespace ContactHub.Channels.WebChat;

/// <summary>What GET activities returns and each WebSocket text frame carries (§3.1, §3.2).</summary>
public sealed record ActivitySet
{
    [JsonPropertyName("activities")]
    public IReadOnlyList<Activity> Activities { get; init; } = [];

    /// <summary>The watermark of the last activity in the set; clients ignore null and keep their previous one.</summary>
    [JsonPropertyName("watermark")]
    public string? Watermark { get; init; }
}
