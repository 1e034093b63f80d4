using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Outbox;

namespace ContactHub.Hub.Records.Model;

/// <summary>
/// One message a campaign decided to send, and how far it got down the funnel (targeted → sent → delivered → replied →
/// booked → visited). <see cref="IdempotencyKey"/> (<c>campaign:{id}:{rule}:{subject}:{dueWindow}</c>) is unique: it is
/// what makes a (rule, vehicle or visit, due window) yield at most one message across instances and restarts, and it
/// is also the outbox message's key.
/// </summary>
public sealed class CampaignDelivery
{
    public long Id { get; set; }

    public long CampaignId { get; set; }

    public required string IdempotencyKey { get; set; }

    public long CustomerId { get; set; }

    public long? VehicleId { get; set; }

    /// <summary>The channel chosen (wechat, sms) and the user id on it; null when nothing could be sent.</summary>
    public string? Channel { get; set; }

    public string? UserId { get; set; }

    /// <summary>
    /// The channel's own id for the message once it accepted it (Twilio's Message SID, a WeChat template's msgid), so
    /// the channel's delivery report finds this row and no other. Null before it is sent, for WeChat customer-service
    /// messages (the API gives no id and WeChat reports nothing about them), and on rows sent before the id was kept.
    /// </summary>
    public string? ChannelMessageId { get; set; }

    public OutboxPurpose Purpose { get; set; }

    public CampaignDeliveryStatus Status { get; set; }

    /// <summary>Why it was skipped or failed: no-consent, opted-out, frequency-cap, no-channel, or the channel's error.</summary>
    public string? Reason { get; set; }

    public DateTimeOffset TargetedAt { get; set; }

    /// <summary>Not sent before this instant (quiet hours).</summary>
    public DateTimeOffset? NotBefore { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public DateTimeOffset? RepliedAt { get; set; }

    public DateTimeOffset? BookedAt { get; set; }

    public DateTimeOffset? VisitedAt { get; set; }
}
