using ContactHub.Hub.Campaigns;

namespace ContactHub.Hub.Api;

/// <summary>
/// Body of POST /api/campaigns. Kind: first-maintenance, periodic-maintenance, visit-survey, delivery-survey,
/// appointment-reminder, event-invitation. Event invitations need a segment and a message ({"zh-CN": "…", "en": "…"}).
/// </summary>
public sealed record CreateCampaignRequest(
    string? Name,
    string? Kind,
    int? LeadDays,
    int? DelayDays,
    CampaignSegment? Segment,
    DateOnly? EventDate,
    IReadOnlyDictionary<string, string>? Message);
