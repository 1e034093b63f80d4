namespace ContactHub.Hub.Campaigns.Delivery;

/// <summary>
/// How far a campaign's messages got: targeted → sent → delivered → replied → booked → visited. Each count includes the
/// later stages (a booked customer was sent the message), except <see cref="Delivered"/>, which only channels that
/// report delivery (SMS status callbacks, WeChat template results) can raise. <see cref="Failed"/> counts messages never
/// sent and sent messages the channel reported undelivered; the latter are also in <see cref="Sent"/>.
/// </summary>
public sealed record CampaignFunnel(
    long CampaignId,
    int Targeted,
    int Sent,
    int Delivered,
    int Replied,
    int Booked,
    int Visited,
    int Failed,
    int Skipped);
