namespace ContactHub.Channels.WeChat;

/// <summary>
/// One template message (reference §1.10) from <c>WeChat:Templates:{name}</c>. <see cref="Data"/> maps each template
/// key (<c>keyword1</c>) to a text in which <c>{field}</c> is replaced by that field of the outbound activity's value.
/// </summary>
public sealed class WeChatTemplateOptions
{
    public string TemplateId { get; set; } = "";

    public string? Url { get; set; }

    public IDictionary<string, string> Data { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
