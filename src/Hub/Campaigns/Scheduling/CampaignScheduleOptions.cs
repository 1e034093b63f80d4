namespace ContactHub.Hub.Campaigns.Scheduling;

/// <summary><c>Campaigns:Schedule</c>: when Running campaigns are targeted and enqueued, and where Quartz keeps its state.</summary>
public sealed class CampaignScheduleOptions
{
    public const string Section = "Campaigns:Schedule";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Quartz cron expressions in the dealer's time zone; each is one trigger of the same job. Default: every 15 minutes,
    /// plus 08:35 so the morning's due reminders go out as soon as quiet hours end.
    /// </summary>
    public IList<string> Crons { get; } = [];

    /// <summary>
    /// <c>memory</c> (one instance) or <c>records</c>: a clustered AdoJobStore on the PostgreSQL records database, so
    /// several hub instances share the schedule and each firing runs on one of them. Default: records on PostgreSQL,
    /// memory on SQLite.
    /// </summary>
    public string? Store { get; set; }

    /// <summary>How often a clustered instance checks in; a missing instance's firings are recovered after this.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    public static IReadOnlyList<string> DefaultCrons { get; } = ["0 0/15 * * * ?", "0 35 8 * * ?"];
}
