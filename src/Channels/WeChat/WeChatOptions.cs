namespace ContactHub.Channels.WeChat;

/// <summary>Bound from the <c>WeChat</c> configuration section (issue #4).</summary>
public sealed class WeChatOptions
{
    public const string SectionName = "WeChat";

    public string AppId { get; set; } = "";

    public string AppSecret { get; set; } = "";

    /// <summary>The token configured on the Official Account's server page; signs every push (§1.1).</summary>
    public string Token { get; set; } = "";

    /// <summary>43 characters; empty means plaintext mode only (§1.5).</summary>
    public string EncodingAESKey { get; set; } = "";

    public Uri ApiBaseUrl { get; set; } = new("https://api.weixin.qq.com");

    /// <summary>WeChat drops the connection after 5 s and retries (§1.4); answer before that.</summary>
    public TimeSpan ReplyDeadline { get; set; } = TimeSpan.FromSeconds(4);

    public WeChatSuggestedActionsStyle SuggestedActionsStyle { get; set; } = WeChatSuggestedActionsStyle.MsgMenu;
}
