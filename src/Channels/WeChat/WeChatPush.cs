using System.Diagnostics.CodeAnalysis;

namespace ContactHub.Channels.WeChat;

/// <summary>One verified, decrypted and parsed push, or why it was refused.</summary>
/// <param name="Encrypted">The push came in safe or compatible mode, so a passive reply must be encrypted (§1.4).</param>
public sealed record WeChatPush(WeChatPushStatus Status, string? Reason, WeChatXmlMessage? Message, Activity? Activity, bool Encrypted)
{
    [MemberNotNullWhen(true, nameof(Message), nameof(Activity))]
    [MemberNotNullWhen(false, nameof(Reason))]
    public bool IsAccepted => Status == WeChatPushStatus.Accepted;

    public static WeChatPush Unauthorized(string reason) => new(WeChatPushStatus.Unauthorized, reason, null, null, false);

    public static WeChatPush Malformed(string reason) => new(WeChatPushStatus.Malformed, reason, null, null, false);
}
