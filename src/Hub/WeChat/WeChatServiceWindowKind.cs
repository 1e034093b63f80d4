namespace ContactHub.Hub.WeChat;

/// <summary>What opened a customer-service window (reference §1.8 table).</summary>
public enum WeChatServiceWindowKind
{
    /// <summary>The user sent a message: 5 messages within 48 hours.</summary>
    Message,

    /// <summary>A custom-menu click, a follow or a QR scan: 3 messages within 1 minute.</summary>
    Interaction,
}
