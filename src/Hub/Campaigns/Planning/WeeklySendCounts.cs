using ContactHub.Hub.Campaigns.Targeting;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Campaigns.Planning;

/// <summary>
/// How many campaign messages each customer of a batch was planned in the last 7 days, counted from the
/// campaign_delivery rows of every campaign (queued, sent or delivered; skipped and failed ones reached nobody).
/// </summary>
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
