namespace ContactHub.Dialogs.Tests.Prompts;

/// <summary>A clock stopped at one instant, so relative dates (明天, "next Tuesday") have one right answer.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
