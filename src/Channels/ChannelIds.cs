namespace ContactHub.Channels;

public static class ChannelIds
{
    public const string WebChat = "webchat";
    public const string WeChat = "wechat";
    public const string Sms = "sms";
}
