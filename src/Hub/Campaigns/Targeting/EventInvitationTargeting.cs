using ContactHub.Hub.Campaigns.Rules;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Campaigns.Targeting;

/// <summary>
/// An event invitation: one per customer owning at least one vehicle in the segment (model, last visit, purchase
/// date), however many such vehicles they own. Nothing once the event's day has passed.
/// </summary>
public sealed class EventInvitationTargeting(IDbContextFactory<RecordsDbContext> records) : QueryTargeting<long>(records)
{
    public override CampaignKind Kind => CampaignKind.EventInvitation;

    protected override IQueryable<long> Candidates(RecordsDbContext db, CampaignRuleContext rule, long after)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var segment = rule.Definition.Segment ?? new CampaignSegment();
        var models = segment.Models?.ToArray();
        var (visitAfter, visitBefore) = (segment.LastVisitAfter, segment.LastVisitBefore);
        var (boughtAfter, boughtBefore) = (segment.PurchasedAfter, segment.PurchasedBefore);
        var over = rule.Definition.EventDate is { } day && day < rule.Today;
        var vehicles = db.Vehicles.AsNoTracking().Where(v => !over);
        if (models is { Length: > 0 })
        {
            vehicles = vehicles.Where(v => models.Contains(v.Model));
        }

        vehicles = vehicles
            .Where(v => visitAfter == null || v.LastServiceDate >= visitAfter)
            .Where(v => visitBefore == null || v.LastServiceDate < visitBefore)
            .Where(v => boughtAfter == null || v.PurchaseDate >= boughtAfter)
            .Where(v => boughtBefore == null || v.PurchaseDate < boughtBefore);
        return db.Customers.AsNoTracking()
            .Where(c => c.Id > after && vehicles.Any(v => v.CustomerId == c.Id))
            .OrderBy(c => c.Id)
            .Select(c => c.Id);
    }

    protected override long IdOf(long row) => row;

    protected override CampaignTarget? Due(long row, CampaignRuleContext rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new CampaignTarget(CampaignKeys.EventInvitation(rule.CampaignId, row, rule.Definition.EventDate), row)
        {
            DueDate = rule.Definition.EventDate,
        };
    }
}
