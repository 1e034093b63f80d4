using System.Text.Json.Serialization;

namespace ContactHub.Channels.WebChat;

/// <summary>
/// The Conversation object of §3.1: what tokens/generate, tokens/refresh, POST conversations and
/// GET conversations/{id} answer. Token responses leave <see cref="StreamUrl"/> out.
/// </summary>
public sealed record DirectLineConversation
{
    [JsonPropertyName("conversationId")]
    public required string ConversationId { get; init; }

    [JsonPropertyName("token")]
    public required string Token { get; init; }

    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; init; }

    /// <summary>Absolute ws:// or wss:// URL; directlinejs hands it straight to <c>new WebSocket</c> (§3.3).</summary>
    [JsonPropertyName("streamUrl")]
    public string? StreamUrl { get; init; }
}
