namespace ContactHub.Hub.WeChat;

public enum WeChatPushAnswerKind
{
    /// <summary><c>success</c>: no passive reply, and WeChat must not retry (reference §1.4).</summary>
    Success,

    /// <summary>The server check's echostr, echoed as plain text (reference §1.1).</summary>
    Echo,

    /// <summary>The passive reply XML, encrypted when the push was.</summary>
    PassiveReply,

    Unauthorized,

    BadRequest,

    /// <summary>The channel has no token configured, so no push can be verified.</summary>
    NotConfigured,

    /// <summary>The turn failed before the deadline; WeChat's retry will run it again.</summary>
    Unavailable,
}
