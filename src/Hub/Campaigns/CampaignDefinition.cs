namespace ContactHub.Hub.Campaigns;

/// <summary>
/// What a campaign does, as the admin API accepts it and <see cref="Records.Model.Campaign.Definition"/> stores it.
/// Fields a kind does not use stay null; defaults come from <c>Campaigns</c> configuration.
/// </summary>
public sealed record CampaignDefinition
{
    public required string Name { get; init; }

    public CampaignKind Kind { get; init; }

    /// <summary>Maintenance reminders: how many days before the due date the reminder goes out.</summary>
    public int? LeadDays { get; init; }

    /// <summary>Surveys: how many days after the visit or delivery (default 3).</summary>
    public int? DelayDays { get; init; }

    /// <summary>Event invitations: who is invited.</summary>
    public CampaignSegment? Segment { get; init; }

    /// <summary>Event invitations: the event's day and the invitation text per locale ("zh-CN", "en").</summary>
    public DateOnly? EventDate { get; init; }

    public IReadOnlyDictionary<string, string>? Message { get; init; }
}
