using System.Text.Json.Serialization;

namespace ContactHub.Channels.WebChat;

/// <summary>session/getsessionid is only used for OAuth cards, which the hub does not send; an empty id satisfies the client (§3.6 item 1).</summary>
public sealed record DirectLineSessionId([property: JsonPropertyName("sessionId")] string SessionId);
