using System.Text.Json.Serialization;

namespace ContactHub.Channels.WeChat;

/// <summary>The JSON body of <c>POST /cgi-bin/stable_token</c> (reference §1.7).</summary>
public sealed record WeChatStableTokenRequest(
    [property: JsonPropertyName("grant_type")] string GrantType,
    [property: JsonPropertyName("appid")] string AppId,
    [property: JsonPropertyName("secret")] string Secret,
    [property: JsonPropertyName("force_refresh")] bool ForceRefresh);
