namespace ContactHub.Hub.State;

public sealed class StateOptions
{
    public const string Section = "State";

    /// <summary>How long an idle conversation is kept; an expired one starts fresh.</summary>
    public TimeSpan ConversationTtl { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a channel delivery id is remembered for dedupe.</summary>
    public TimeSpan DedupeTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A turn lock not released by then is considered abandoned (its holder crashed).</summary>
    public TimeSpan TurnLockLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a turn waits for the conversation's previous turn before giving up.</summary>
    public TimeSpan TurnLockWait { get; set; } = TimeSpan.FromSeconds(20);
}
