using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Campaigns.Delivery;

/// <summary>
/// Moves a <see cref="Records.Model.CampaignDelivery"/> row along as its message goes out, found by its idempotency key
/// (the outbox message's key). Each write is one conditional UPDATE, so a late or repeated report never moves a row
/// backwards (a delivered message is not marked merely sent again).
/// </summary>
public sealed class CampaignDeliveryRecorder(IDbContextFactory<RecordsDbContext> records)
{
    private const int ReasonLength = 256;

    /// <summary>True when the row says the channel already accepted this message (sent or delivered).</summary>
    public async Task<bool> IsSentAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        return await db.CampaignDeliveries.AnyAsync(
            d => d.IdempotencyKey == key && (d.Status == CampaignDeliveryStatus.Sent || d.Status == CampaignDeliveryStatus.Delivered), cancellationToken);
    }

    public async Task MarkSentAsync(string key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        await db.CampaignDeliveries
            .Where(d => d.IdempotencyKey == key && (d.Status == CampaignDeliveryStatus.Queued || d.Status == CampaignDeliveryStatus.Failed))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, CampaignDeliveryStatus.Sent).SetProperty(d => d.SentAt, at), cancellationToken);
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
    /// The channel reported a message to <paramref name="userId"/> delivered. Channel message ids are not kept on the
    /// row, so it is matched to that user's latest campaign message that is sent and not yet delivered.
    /// </summary>
    public async Task<bool> MarkDeliveredAsync(string channel, string userId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        var id = await db.CampaignDeliveries
            .Where(d => d.Channel == channel && d.UserId == userId && d.Status == CampaignDeliveryStatus.Sent && d.SentAt <= at)
            .OrderByDescending(d => d.SentAt).Select(d => (long?)d.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            return false;
        }

        return await db.CampaignDeliveries
            .Where(d => d.Id == id && d.Status == CampaignDeliveryStatus.Sent)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, CampaignDeliveryStatus.Delivered).SetProperty(d => d.DeliveredAt, at), cancellationToken) == 1;
    }

    private static string Clip(string text) => text.Length <= ReasonLength ? text : text[..ReasonLength];
}
