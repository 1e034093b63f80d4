namespace ContactHub.Dialogs.Ports;

/// <summary>What became of a code request: <paramref name="ValidFor"/> when sent, <paramref name="RetryAfter"/> when rate-limited.</summary>
public sealed record CodeSendResult(CodeSendOutcome Outcome, TimeSpan ValidFor, TimeSpan RetryAfter)
{
    public static CodeSendResult Sent(TimeSpan validFor) => new(CodeSendOutcome.Sent, validFor, TimeSpan.Zero);

    public static CodeSendResult RateLimited(TimeSpan retryAfter) => new(CodeSendOutcome.RateLimited, TimeSpan.Zero, retryAfter);

    public static CodeSendResult Failed { get; } = new(CodeSendOutcome.SendFailed, TimeSpan.Zero, TimeSpan.Zero);
}
