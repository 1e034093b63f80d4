using ContactHub.Hub.Campaigns.Rules;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Campaigns.Targeting;

/// <summary>回访 after a sale: vehicles delivered <c>DelayDays</c> ago, and up to <c>CatchUpDays</c> older for missed runs.</summary>
public sealed class DeliverySurveyTargeting(IDbContextFactory<RecordsDbContext> records) : QueryTargeting<DeliveryCandidate>(records)
{
    public override CampaignKind Kind => CampaignKind.DeliverySurvey;

    protected override IQueryable<DeliveryCandidate> Candidates(RecordsDbContext db, CampaignRuleContext rule, long after)
    {
        ArgumentNullException.ThrowIfNull(rule);
        DateOnly? newest = rule.Today.AddDays(-rule.DelayDays);
        DateOnly? oldest = newest.Value.AddDays(-rule.Options.CatchUpDays);
        return db.Vehicles.AsNoTracking()
            .Where(v => v.Id > after && v.CustomerId != null && v.DeliveryDate >= oldest && v.DeliveryDate <= newest)
            .OrderBy(v => v.Id)
            .Select(v => new DeliveryCandidate(v.Id, v.CustomerId!.Value, v.Plate, v.Model, v.DeliveryDate!.Value));
    }

    protected override long IdOf(DeliveryCandidate row) => row.VehicleId;

    protected override CampaignTarget? Due(DeliveryCandidate row, CampaignRuleContext rule)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(rule);
        return new CampaignTarget(CampaignKeys.DeliverySurvey(rule.CampaignId, row.VehicleId, row.Delivered), row.CustomerId)
        {
            VehicleId = row.VehicleId,
            Plate = row.Plate,
            Model = row.Model,
            DueDate = row.Delivered.AddDays(rule.DelayDays),
        };
    }
}
