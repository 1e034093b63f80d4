namespace ContactHub.Channels.WeChat;

/// <summary>
/// One button of the Official Account's custom menu, bound from <c>WeChat:Menu:{i}</c> (reference §1.12). A button
/// with <see cref="Key"/> is a CLICK button (its key must be one of <c>WeChat:MenuKeys</c>, so it opens a dialog); one
/// with <see cref="Url"/> is a VIEW button; one with <see cref="SubButtons"/> only opens its sub-menu.
/// </summary>
public sealed class WeChatMenuButton
{
    public string Name { get; set; } = "";

    public string? Key { get; set; }

    public string? Url { get; set; }

    public IList<WeChatMenuButton> SubButtons { get; } = new List<WeChatMenuButton>();
}
