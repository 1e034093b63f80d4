using ContactHub.Hub.Outbox;

namespace ContactHub.Hub.Campaigns;

/// <summary>A delivery an earlier run (or another instance) already recorded for a key of this batch.</summary>
public sealed record KnownDelivery(string Key, CampaignDeliveryStatus Status, string? Channel, string? UserId, OutboxPurpose Purpose, DateTimeOffset? NotBefore);
