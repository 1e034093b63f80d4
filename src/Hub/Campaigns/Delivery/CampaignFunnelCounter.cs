using ContactHub.Dialogs.Dealership;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Campaigns.Delivery;

/// <summary>
/// Counts a campaign's funnel. Replies, bookings and visits are computed from the records when asked, not reported by
/// the turn, the booking or the import: a customer message on the delivery's channel within the reply window after
/// it was sent; an appointment for that customer and vehicle, or a service visit of that vehicle, within the
/// conversion window. What is found is written to the row, so each stage is timed once and never moves.
/// </summary>
public sealed class CampaignFunnelCounter(
    IDbContextFactory<RecordsDbContext> records,
    IOptions<CampaignDeliveryOptions> options,
    DealershipServices dealership)
{
    private const int Batch = 500;

    /// <returns>The funnel, or null when there is no such campaign.</returns>
    public async Task<CampaignFunnel?> CountAsync(long campaignId, CancellationToken cancellationToken)
    {
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        if (!await db.Campaigns.AnyAsync(c => c.Id == campaignId, cancellationToken))
        {
            return null;
        }

        await RecordConversionsAsync(db, campaignId, cancellationToken);
        var rows = db.CampaignDeliveries.Where(d => d.CampaignId == campaignId);
        return await db.Campaigns.Where(c => c.Id == campaignId).Select(c => new CampaignFunnel(
            campaignId,
            rows.Count(),
            rows.Count(d => d.SentAt != null),
            rows.Count(d => d.DeliveredAt != null),
            rows.Count(d => d.RepliedAt != null),
            rows.Count(d => d.BookedAt != null),
            rows.Count(d => d.VisitedAt != null),
            rows.Count(d => d.Status == CampaignDeliveryStatus.Failed),
            rows.Count(d => d.Status == CampaignDeliveryStatus.Skipped))).SingleAsync(cancellationToken);
    }

    private async Task RecordConversionsAsync(RecordsDbContext db, long campaignId, CancellationToken cancellationToken)
    {
        var afterId = 0L;
        while (true)
        {
            var open = await db.CampaignDeliveries
                .Where(d => d.CampaignId == campaignId && d.Id > afterId && d.SentAt != null
                    && (d.RepliedAt == null || d.BookedAt == null || d.VisitedAt == null))
                .OrderBy(d => d.Id).Take(Batch).ToListAsync(cancellationToken);
            if (open.Count == 0)
            {
                return;
            }

            await FindRepliesAsync(db, open, cancellationToken);
            await FindBookingsAsync(db, open, cancellationToken);
            await FindVisitsAsync(db, open, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            afterId = open[^1].Id;
        }
    }

    // Each finder joins the batch's rows (by id range) to the records in SQL and applies the window in memory.
    private async Task FindRepliesAsync(RecordsDbContext db, List<CampaignDelivery> rows, CancellationToken cancellationToken)
    {
        var (first, last) = (rows[0].Id, rows[^1].Id);
        // The transcript's timestamps are text on SQLite (SqliteRecordsDbContext), so the time test runs here.
        var inbound = await (
            from d in db.CampaignDeliveries
            join t in db.Transcript on new { Channel = d.Channel!, UserId = d.UserId! } equals new { t.Channel, t.UserId }
            where d.Id >= first && d.Id <= last && d.CampaignId == rows[0].CampaignId && d.SentAt != null && d.RepliedAt == null
                && t.Direction == TranscriptDirection.Inbound
            select new { d.Id, t.At }).ToListAsync(cancellationToken);
        var window = options.Value.ReplyWindow;
        foreach (var row in rows.Where(r => r.RepliedAt == null))
        {
            row.RepliedAt = inbound.Where(t => t.Id == row.Id && t.At > row.SentAt && t.At <= row.SentAt + window).Select(t => (DateTimeOffset?)t.At).Min();
        }
    }

    private async Task FindBookingsAsync(RecordsDbContext db, List<CampaignDelivery> rows, CancellationToken cancellationToken)
    {
        var (first, last) = (rows[0].Id, rows[^1].Id);
        var bookings = await (
            from d in db.CampaignDeliveries
            join a in db.Appointments on d.CustomerId equals a.CustomerId
            where d.Id >= first && d.Id <= last && d.CampaignId == rows[0].CampaignId && d.SentAt != null && d.BookedAt == null
                && (d.VehicleId == null || d.VehicleId == a.VehicleId) && a.CreatedAt > d.SentAt
            group a.CreatedAt by d.Id into g
            select new { Id = g.Key, At = g.Min() }).ToDictionaryAsync(r => r.Id, r => r.At, cancellationToken);
        var window = options.Value.ConversionWindow;
        foreach (var row in rows.Where(r => r.BookedAt == null))
        {
            row.BookedAt = bookings.TryGetValue(row.Id, out var at) && at <= row.SentAt + window ? at : null;
        }
    }

    private async Task FindVisitsAsync(RecordsDbContext db, List<CampaignDelivery> rows, CancellationToken cancellationToken)
    {
        var (first, last) = (rows[0].Id, rows[^1].Id);
        var firstDay = LocalDay(rows.Min(d => d.SentAt!.Value));
        var visits = await (
            from d in db.CampaignDeliveries
            join v in db.ServiceVisits on d.VehicleId equals v.VehicleId
            where d.Id >= first && d.Id <= last && d.CampaignId == rows[0].CampaignId && d.SentAt != null && d.VisitedAt == null && v.Date >= firstDay
            select new { d.Id, v.Date }).ToListAsync(cancellationToken);
        var window = options.Value.ConversionWindow;
        foreach (var row in rows.Where(r => r.VisitedAt == null))
        {
            var (from, to) = (LocalDay(row.SentAt!.Value), LocalDay(row.SentAt.Value + window));
            var day = visits.Where(v => v.Id == row.Id && v.Date >= from && v.Date <= to).Select(v => (DateOnly?)v.Date).Min();
            row.VisitedAt = day is { } date ? StartOf(date) : null;
        }
    }

    private DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, dealership.TimeZone).DateTime);

    private DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, dealership.TimeZone.GetUtcOffset(local));
    }
}
