namespace ContactHub.Hub.State;

/// <summary>Why and since when a conversation waits for, or is with, an agent (issue 6). Null while the bot answers.</summary>
public sealed class HandoffState
{
    /// <summary>customer-request, bot-not-understood, low-survey-score, major-complaint, picked-by-agent, or what a dialog passed.</summary>
    public string Reason { get; set; } = "";

    public string? Summary { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>The user name of the agent who owns the conversation; null while it is queued.</summary>
    public string? Agent { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    /// <summary>When the customer was last told their queue position, so waiting customers are not told on every message.</summary>
    public DateTimeOffset? LastNoticeAt { get; set; }
}
