namespace ContactHub.Dialogs.Ports;

public sealed record CodeCheckResult(CodeCheckOutcome Outcome, int TriesLeft = 0)
{
    public static CodeCheckResult Verified { get; } = new(CodeCheckOutcome.Verified);

    public static CodeCheckResult NoTriesLeft { get; } = new(CodeCheckOutcome.NoTriesLeft);

    public static CodeCheckResult Expired { get; } = new(CodeCheckOutcome.Expired);

    public static CodeCheckResult Wrong(int triesLeft) => new(CodeCheckOutcome.Wrong, triesLeft);
}
