using ContactHub.Hub.Campaigns.Targeting;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Campaigns.Planning;

/// <summary>
/// How many campaign messages each customer of a batch was planned in the last 7 days, counted from the
/// campaign_delivery rows of every campaign (queued, sent or delivered; skipped and failed ones reached nobody).
/// </summary>
/// <remarks>
/// Safe enough with several instances, on purpose without a lock: two runs of the same campaign compete for the same
/// idempotency keys and the unique index gives each key to one of them, so a message is never counted or sent twice.
/// Only two different campaigns planning the same customer in the same instant on two instances can each miss the
/// other's uncommitted rows, letting one message per overlapping campaign past the cap. A global planning lock would
/// make one slow campaign hold up all others; the cap is a courtesy limit (consent and opt-out, which are exact, are
/// checked per message), and the clustered scheduler rarely overlaps runs.
/// </remarks>
public static class WeeklySendCounts
{
    public static async Task<Dictionary<long, int>> LoadAsync(RecordsDbContext db, IEnumerable<CampaignTarget> targets, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = targets.Select(t => t.CustomerId).Distinct().ToArray();
        var since = now.AddDays(-7);
        return await db.CampaignDeliveries.AsNoTracking()
            .Where(d => ids.Contains(d.CustomerId) && d.TargetedAt > since
                && d.Status != CampaignDeliveryStatus.Skipped && d.Status != CampaignDeliveryStatus.Failed)
            .GroupBy(d => d.CustomerId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }
}
