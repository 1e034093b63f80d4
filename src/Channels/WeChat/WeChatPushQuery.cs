namespace ContactHub.Channels.WeChat;

/// <summary>
/// The query string of a push (reference §1.1, §1.5): <c>signature</c>, <c>timestamp</c>, <c>nonce</c> and
/// <c>openid</c> always; <c>encrypt_type=aes</c> and <c>msg_signature</c> in safe and compatible mode.
/// </summary>
public sealed record WeChatPushQuery(
    string? Signature, string? Timestamp, string? Nonce, string? OpenId = null, string? EncryptType = null, string? MsgSignature = null)
{
    public bool IsEncrypted => string.Equals(EncryptType, "aes", StringComparison.OrdinalIgnoreCase);
}
