namespace ContactHub.Hub.WeChat;

/// <summary>
/// <c>wechat publish-menu</c>: parsed before the host is built, and the command's words removed from the host's
/// arguments, like <see cref="Records.Import.RecordsCommandLine"/>.
/// </summary>
public sealed record WeChatCommandLine(string[] HostArgs, bool PublishMenu, string? Error)
{
    public const string Usage = "usage: wechat publish-menu (publishes WeChat:Menu as the Official Account's custom menu)";

    public bool IsCommand => PublishMenu || Error is not null;

    public static WeChatCommandLine Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args switch
        {
            ["wechat", "publish-menu", ..] => new WeChatCommandLine(args[2..], PublishMenu: true, Error: null),
            ["wechat", ..] => new WeChatCommandLine(args[1..], PublishMenu: false, Usage),
            _ => new WeChatCommandLine(args, PublishMenu: false, Error: null),
        };
    }
}
