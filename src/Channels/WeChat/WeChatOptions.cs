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

    /// <summary>
    /// <c>WeChat:MenuKeys:{key}</c>: what a CLICK on a custom-menu button means, as the words the customer would
    /// have typed (BOOK_SERVICE → 预约保养). A key not listed here opens the main menu.
    /// </summary>
    public IDictionary<string, string> MenuKeys { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BOOK_SERVICE"] = "预约保养",
        ["COMPLAINT"] = "投诉建议",
        ["CONTACT_AGENT"] = "人工客服",
        ["STORE_INFO"] = "门店信息",
        ["RESCHEDULE"] = "改约",
    };

    /// <summary>
    /// <c>WeChat:Menu</c>: the custom menu <c>wechat publish-menu</c> publishes (reference §1.12). No default here:
    /// configuration binding appends to a list, so the dealership's menu lives in appsettings.json.
    /// </summary>
    public IList<WeChatMenuButton> Menu { get; } = new List<WeChatMenuButton>();

    /// <summary><c>WeChat:Templates:{name}</c>: the template messages the hub may send outside the customer-service window.</summary>
    public IDictionary<string, WeChatTemplateOptions> Templates { get; } = new Dictionary<string, WeChatTemplateOptions>(StringComparer.Ordinal);
}
