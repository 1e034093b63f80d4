namespace ContactHub.Hub.WeChat;

/// <summary>
/// The customer-service quota per window (reference §1.8, issue 4). The two windows are counted apart: after a menu
/// click the short one is spent first, then whatever is left of the 48-hour one.
/// </summary>
public static class WeChatServiceWindow
{
    public static (TimeSpan Length, int Messages) For(WeChatServiceWindowKind kind) => kind switch
    {
        WeChatServiceWindowKind.Message => (TimeSpan.FromHours(48), 5),
        _ => (TimeSpan.FromMinutes(1), 3),
    };

    /// <summary>The field prefix in the Redis hash (StateKeys scheme): l for the 48 h window, s for the 1 min one.</summary>
    public static string FieldPrefix(WeChatServiceWindowKind kind) => kind == WeChatServiceWindowKind.Message ? "l" : "s";
}
