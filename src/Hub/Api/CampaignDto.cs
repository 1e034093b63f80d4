using ContactHub.Hub.Campaigns;

namespace ContactHub.Hub.Api;

/// <summary>A campaign as the API shows it; kind and status in kebab-case (first-maintenance, running).</summary>
public sealed record CampaignDto(
    long Id,
    string Name,
    string Kind,
    string Status,
    int? LeadDays,
    int? DelayDays,
    CampaignSegment? Segment,
    DateOnly? EventDate,
    IReadOnlyDictionary<string, string>? Message,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? PausedAt,
    DateTimeOffset? LastRunAt);
