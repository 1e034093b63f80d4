namespace ContactHub.Channels.WeChat;

/// <summary>What the endpoint answers a push with (STYLE #4): a turn, 401, or 400.</summary>
public enum WeChatPushStatus
{
    Accepted,

    /// <summary>Signature missing or wrong, timestamp stale, or encrypted for another AppId.</summary>
    Unauthorized,

    /// <summary>Not XML, too large, not a WeChat message, or not decryptable.</summary>
    Malformed,
}
