namespace ContactHub.Dialogs.Ports;

public enum CodeSendOutcome
{
    Sent = 0,

    /// <summary>The number or the conversation asked too often; <see cref="CodeSendResult.RetryAfter"/> says when to ask again.</summary>
    RateLimited = 1,

    /// <summary>The SMS could not be sent; no code is pending.</summary>
    SendFailed = 2,
}
