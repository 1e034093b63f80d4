using ContactHub.Hub.Campaigns.Delivery;

namespace ContactHub.Hub.Desk;

/// <summary>A row of the supervisor's campaign panel (GET /api/desk/campaigns): the campaign and how far its messages got.</summary>
public sealed record DeskCampaignFunnel(long Id, string Name, string Kind, string Status, CampaignFunnel Funnel);
