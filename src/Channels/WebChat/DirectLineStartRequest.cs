using System.Text.Json.Serialization;

namespace ContactHub.Channels.WebChat;

/// <summary>
/// The optional body of tokens/generate and POST conversations. directlinejs drops undefined fields, so
/// <c>{"user":{}}</c> or no body at all are normal (§3.3).
/// </summary>
public sealed record DirectLineStartRequest
{
    [JsonPropertyName("user")]
    public ChannelAccount? User { get; init; }

    [JsonPropertyName("locale")]
    public string? Locale { get; init; }

    [JsonPropertyName("trustedOrigins")]
    public IReadOnlyList<string>? TrustedOrigins { get; init; }
}
