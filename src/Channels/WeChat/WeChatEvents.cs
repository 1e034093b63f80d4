namespace ContactHub.Channels.WeChat;

/// <summary>
/// WeChat's <c>Event</c> values (reference §1.3), spelled as WeChat sends them. An inbound event activity
/// carries one of these as its <see cref="Activity.Name"/>, so the Hub matches on WeChat's own words.
/// </summary>
public static class WeChatEvents
{
    public const string Subscribe = "subscribe";
    public const string Unsubscribe = "unsubscribe";
    public const string Scan = "SCAN";
    public const string Click = "CLICK";
    public const string View = "VIEW";
    public const string Location = "LOCATION";
    public const string TemplateSendJobFinish = "TEMPLATESENDJOBFINISH";

    /// <summary>The EventKey prefix of a subscribe through a parametric QR code; SCAN sends the scene without it.</summary>
    public const string QrScenePrefix = "qrscene_";
}
