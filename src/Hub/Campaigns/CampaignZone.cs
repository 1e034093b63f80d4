namespace ContactHub.Hub.Campaigns;

/// <summary>The dealer's time zone (<c>Dealer:TimeZone</c>, default Asia/Shanghai), in which quiet hours and due days are read.</summary>
public sealed record CampaignZone(TimeZoneInfo Zone);
