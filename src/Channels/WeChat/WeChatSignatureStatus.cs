namespace ContactHub.Channels.WeChat;

public enum WeChatSignatureStatus
{
    Valid,

    /// <summary>A required query parameter (signature, timestamp, nonce) or the Encrypt element is absent.</summary>
    Missing,

    /// <summary>The timestamp is not a number or is more than the tolerance away from now.</summary>
    StaleTimestamp,

    Mismatch,
}
