namespace ContactHub.Channels.WeChat;

/// <summary>
/// Identifies one delivery across WeChat's retries (reference §1.4: "有msgid的消息推荐使用msgid排重。事件类型消息推荐使用
/// FromUserName + CreateTime 排重"). Events also carry the event name, as §1.13 recommends, because a follow and its
/// popup event can share a second. The Hub prefixes it with the AppId when it builds the Redis key.
/// </summary>
public readonly record struct WeChatDedupeKey
{
    private WeChatDedupeKey(string value) => Value = value;

    public string Value { get; }

    public static WeChatDedupeKey? From(WeChatXmlMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrEmpty(message.FromUserName) || message.CreateTime is not { } createTime)
        {
            return null;
        }

        // TEMPLATESENDJOBFINISH carries MsgID too, but that is the id of our outbound template, not of this push.
        if (!message.IsEvent && !string.IsNullOrEmpty(message.MsgId))
        {
            return new WeChatDedupeKey("msg:" + message.MsgId);
        }

        return new WeChatDedupeKey($"evt:{message.FromUserName}:{createTime}:{message.Event ?? message.MsgType}");
    }

    public override string ToString() => Value;
}
