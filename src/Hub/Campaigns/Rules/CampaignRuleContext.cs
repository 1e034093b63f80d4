namespace ContactHub.Hub.Campaigns.Rules;

/// <summary>Everything a rule needs to decide who is due: the campaign, its definition, the defaults, and the dealer's today.</summary>
public sealed record CampaignRuleContext(
    long CampaignId,
    CampaignDefinition Definition,
    CampaignOptions Options,
    DateTimeOffset Now,
    TimeZoneInfo Zone)
{
    public DateOnly Today { get; } = QuietHours.LocalDate(Now, Zone);

    public int LeadDays => Definition.LeadDays ?? (Definition.Kind == CampaignKind.AppointmentReminder ? Options.AppointmentLeadDays : Options.MaintenanceLeadDays);

    public int DelayDays => Definition.DelayDays ?? Options.SurveyDelayDays;

    /// <summary>The first instant of a local day, in UTC.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
