namespace ContactHub.Channels.WeChat;

/// <summary>How suggested actions reach a WeChat user through the customer-service API (§1.8).</summary>
public enum WeChatSuggestedActionsStyle
{
    /// <summary>A <c>msgmenu</c> message; a tap comes back as text with <c>bizmsgmenuid</c>.</summary>
    MsgMenu,

    /// <summary>A plain text list ("回复 1 预约保养"), for accounts where msgmenu is unavailable.</summary>
    NumberedList,
}
