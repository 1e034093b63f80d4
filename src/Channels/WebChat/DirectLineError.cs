using System.Text.Json.Serialization;

namespace ContactHub.Channels.WebChat;

/// <summary>The inner object of an ErrorResponse; <see cref="Code"/> is stable, <see cref="Message"/> may change (§3.1).</summary>
public sealed record DirectLineError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
