using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Campaigns.Delivery;

/// <summary>
/// Moves a <see cref="Records.Model.CampaignDelivery"/> row along as its message goes out: found by its idempotency key
/// (the outbox message's key) while it is sent, then by the channel's message id when the channel reports on it. Each
/// write is one conditional UPDATE, so a late or repeated report never moves a row backwards (a delivered message is
/// not marked merely sent again).
/// </summary>
public sealed class CampaignDeliveryRecorder(IDbContextFactory<RecordsDbContext> records)
{
    private const int ReasonLength = 256;

    /// <summary>True when the channel already accepted this message, whatever it reported about it afterwards.</summary>
    public async Task<bool> IsSentAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        return await db.CampaignDeliveries.AnyAsync(d => d.IdempotencyKey == key && d.SentAt != null, cancellationToken);
    }

    /// <summary>
    /// The channel accepted the message and named it <paramref name="channelMessageId"/> (null when it gives no id).
    /// A row that failed before it was ever sent can still be sent; one the channel reported undelivered stays failed.
    /// </summary>
    public async Task MarkSentAsync(string key, string? channelMessageId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        await db.CampaignDeliveries
            .Where(d => d.IdempotencyKey == key
                && (d.Status == CampaignDeliveryStatus.Queued || (d.Status == CampaignDeliveryStatus.Failed && d.SentAt == null)))
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, CampaignDeliveryStatus.Sent).SetProperty(d => d.SentAt, at).SetProperty(d => d.ChannelMessageId, channelMessageId),
                cancellationToken);
    }

    public async Task MarkFailedAsync(string key, string error, CancellationToken cancellationToken)
    {
        var reason = Clip(error);
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        await db.CampaignDeliveries
            .Where(d => d.IdempotencyKey == key && d.Status == CampaignDeliveryStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, CampaignDeliveryStatus.Failed).SetProperty(d => d.Reason, reason), cancellationToken);
    }

    /// <summary>The message went out on another channel than planned (SMS after a permanent WeChat failure), and why.</summary>
    public async Task RecordChannelAsync(string key, string channel, string userId, string reason, CancellationToken cancellationToken)
    {
        var clipped = Clip(reason);
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        await db.CampaignDeliveries
            .Where(d => d.IdempotencyKey == key)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Channel, channel).SetProperty(d => d.UserId, userId).SetProperty(d => d.Reason, clipped), cancellationToken);
    }

    /// <summary>
    /// The channel reported its message <paramref name="channelMessageId"/> delivered. A message that is not a campaign
    /// message (a bot or agent reply) matches no row. Rows without an id (sent before it was kept) are never matched:
    /// guessing by user marked the wrong row whenever that user had been sent anything else since.
    /// </summary>
    /// <returns>True when a campaign row moved to delivered.</returns>
    public async Task<bool> MarkDeliveredAsync(string channel, string channelMessageId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        return await db.CampaignDeliveries
            .Where(d => d.Channel == channel && d.ChannelMessageId == channelMessageId && d.Status == CampaignDeliveryStatus.Sent)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, CampaignDeliveryStatus.Delivered).SetProperty(d => d.DeliveredAt, at), cancellationToken) > 0;
    }

    /// <summary>
    /// The channel reported its message <paramref name="channelMessageId"/> could not be delivered (an SMS undelivered
    /// or failed, a WeChat template refused). The row keeps its SentAt - the channel did accept it - and fails with why,
    /// after the reason it already had (an SMS fallback's "sms fallback; wechat: …").
    /// </summary>
    /// <returns>True when a campaign row moved to failed.</returns>
    public async Task<bool> MarkUndeliveredAsync(string channel, string channelMessageId, string reason, CancellationToken cancellationToken)
    {
        var clipped = Clip(reason);
        var appended = "; " + clipped;
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        return await db.CampaignDeliveries
            .Where(d => d.Channel == channel && d.ChannelMessageId == channelMessageId && d.Status == CampaignDeliveryStatus.Sent)
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, CampaignDeliveryStatus.Failed)
                    .SetProperty(d => d.Reason, d => d.Reason == null ? clipped : (d.Reason + appended).Substring(0, ReasonLength)),
                cancellationToken) > 0;
    }

    private static string Clip(string text) => text.Length <= ReasonLength ? text : text[..ReasonLength];
}
