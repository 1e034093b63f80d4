namespace ContactHub.Hub.Desk;

/// <summary>Configuration section <c>Desk</c>.</summary>
public sealed class DeskOptions
{
    public const string Section = "Desk";

    /// <summary>The password of the Development agents agent1, agent2 and lead1; a random one is made (and printed) when unset.</summary>
    public string? DemoPassword { get; set; }

    /// <summary>The dealer's time zone; working hours are read in it.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    public TimeOnly OpensAt { get; set; } = new(8, 30);

    public TimeOnly ClosesAt { get; set; } = new(18, 0);

    /// <summary>How long an agent takes per conversation on average; the expected wait is position × this ÷ agents online.</summary>
    public int AverageHandleMinutes { get; set; } = 5;

    /// <summary>What a customer is promised in working hours when no agent is online.</summary>
    public int NoAgentReplyMinutes { get; set; } = 30;

    /// <summary>A waiting customer who writes again is told their position at most this often.</summary>
    public TimeSpan NoticeInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a desk connection counts as online without its instance renewing it; a crashed instance's agents go offline after this.</summary>
    public TimeSpan PresenceLease { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>How often an instance renews the leases of the desk connections it holds.</summary>
    public TimeSpan PresenceHeartbeat { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many messages in a row the bot may fail to understand before an agent takes over; 0 never escalates (the menu offers a person instead).</summary>
    public int RecognizerFailuresBeforeHandoff { get; set; } = 2;

    /// <summary>
    /// Which close outcomes return the conversation to the bot with the satisfaction survey; an outcome left out (or
    /// false) ends with a thank-you only. A complaint has its own follow-up, so by default only a resolved one is surveyed.
    /// </summary>
    public Dictionary<CloseOutcome, bool> SurveyAfterClose { get; set; } = new() { [CloseOutcome.Resolved] = true };

    /// <summary>Canned replies by locale (zh-CN, en). Defaults apply when the section has none.</summary>
    public Dictionary<string, List<string>> CannedReplies { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
