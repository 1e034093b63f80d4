using ContactHub.Hub.Campaigns;

namespace ContactHub.Hub.Records.Model;

/// <summary>
/// A reminder, survey or event campaign (issue 7). Its rule parameters live in <see cref="Definition"/> as JSON
/// (<see cref="CampaignDefinition"/>), so a new rule field needs no migration.
/// </summary>
public sealed class Campaign
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public CampaignKind Kind { get; set; }

    public CampaignStatus Status { get; set; }

    /// <summary><see cref="CampaignDefinition"/> serialized with <see cref="CampaignJsonContext"/>.</summary>
    public required string Definition { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? PausedAt { get; set; }

    /// <summary>When a scheduled run last finished targeting and enqueueing.</summary>
    public DateTimeOffset? LastRunAt { get; set; }
}
