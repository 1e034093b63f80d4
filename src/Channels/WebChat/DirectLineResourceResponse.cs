using System.Text.Json.Serialization;

namespace ContactHub.Channels.WebChat;

/// <summary>The answer to a posted activity: the id the server gave it (§3.1 "Send activity").</summary>
public sealed record DirectLineResourceResponse([property: JsonPropertyName("id")] string Id);
