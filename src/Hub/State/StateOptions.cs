namespace ContactHub.Hub.State;

public sealed class StateOptions
{
    public const string Section = "State";

    /// <summary>How long an idle conversation is kept; an expired one starts fresh.</summary>
    public TimeSpan ConversationTtl { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How long a channel delivery id is remembered for dedupe. Channels retry within minutes (WeChat three times in
    /// 15 s, Twilio on a failed or timed-out webhook), so an hour is ample and keeps an idle conversation small (issue 8).
    /// </summary>
    public TimeSpan DedupeTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a web chat's Direct Line history (its activity log) outlives the conversation's last activity. A client
    /// reconnecting within it replays everything after its watermark; the conversation itself, its watermark sequence
    /// and its state live for <see cref="ConversationTtl"/>. Tokens last 30 minutes without a refresh (issue 8).
    /// </summary>
    public TimeSpan DirectLineHistoryTtl { get; set; } = TimeSpan.FromHours(2);

    /// <summary>A turn lock not released by then is considered abandoned (its holder crashed).</summary>
    public TimeSpan TurnLockLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a turn waits for the conversation's previous turn before giving up.</summary>
    public TimeSpan TurnLockWait { get; set; } = TimeSpan.FromSeconds(20);
}
