namespace ContactHub.Channels.WeChat;

/// <summary>The official WXBizMsgCrypt error codes (reference §1.5), so logs read like the vendor's samples.</summary>
public enum WeChatCryptoError
{
    None = 0,
    ValidateSignature = -40001,
    ParseXml = -40002,
    IllegalAesKey = -40004,
    ValidateAppId = -40005,
    DecryptAes = -40007,
    IllegalBuffer = -40008,
    DecodeBase64 = -40010,
}
