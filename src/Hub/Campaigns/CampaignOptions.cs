namespace ContactHub.Hub.Campaigns;

/// <summary>Configuration section <c>Campaigns</c>: rule defaults a campaign definition may override, and the send rules.</summary>
public sealed class CampaignOptions
{
    public const string Section = "Campaigns";

    /// <summary>Intervals for models not listed in <see cref="Models"/>.</summary>
    public MaintenanceSchedule Default { get; set; } = new();

    /// <summary>Intervals per vehicle model name, matched exactly (e.g. "ID.4 CROZZ").</summary>
    public Dictionary<string, MaintenanceSchedule> Models { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Maintenance reminders go out this many days before the due date.</summary>
    public int MaintenanceLeadDays { get; set; } = 7;

    /// <summary>A maintenance due more than this many days ago is not reminded any more (the customer has gone elsewhere).</summary>
    public int OverdueDays { get; set; } = 60;

    /// <summary>Used when a vehicle has no odometer reading to estimate from: about 13,000 km a year, a Chinese city car's average.</summary>
    public double DefaultKilometresPerDay { get; set; } = 35;

    /// <summary>Survey invitations go out this many days after the visit or delivery.</summary>
    public int SurveyDelayDays { get; set; } = 3;

    /// <summary>A run still invites for visits or deliveries up to this many days older than the delay (missed runs catch up).</summary>
    public int CatchUpDays { get; set; } = 7;

    /// <summary>Appointment reminders go out this many days before the appointment's day.</summary>
    public int AppointmentLeadDays { get; set; } = 1;

    /// <summary>Quiet hours in the dealer's time zone (<c>Dealer:TimeZone</c>): nothing is sent from Start until End.</summary>
    public TimeOnly QuietHoursStart { get; set; } = new(21, 0);

    public TimeOnly QuietHoursEnd { get; set; } = new(8, 30);

    /// <summary>Campaign messages per customer in any 7 days, all campaigns together.</summary>
    public int WeeklyCap { get; set; } = 2;

    /// <summary>Targets planned, recorded and enqueued together.</summary>
    public int BatchSize { get; set; } = 1000;

    public MaintenanceSchedule ScheduleFor(string model) => Models.TryGetValue(model, out var schedule) ? schedule : Default;
}
