using ContactHub.Hub.Campaigns.Rules;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Campaigns.Targeting;

/// <summary>回访 after a service visit: visits from <c>DelayDays</c> ago, and up to <c>CatchUpDays</c> older for missed runs.</summary>
public sealed class VisitSurveyTargeting(IDbContextFactory<RecordsDbContext> records) : QueryTargeting<VisitCandidate>(records)
{
    public override CampaignKind Kind => CampaignKind.VisitSurvey;

    protected override IQueryable<VisitCandidate> Candidates(RecordsDbContext db, CampaignRuleContext rule, long after)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var newest = rule.Today.AddDays(-rule.DelayDays);
        var oldest = newest.AddDays(-rule.Options.CatchUpDays);
        return from s in db.ServiceVisits.AsNoTracking()
               join v in db.Vehicles on s.VehicleId equals v.Id
               where s.Id > after && s.Date >= oldest && s.Date <= newest && v.CustomerId != null
               orderby s.Id
               select new VisitCandidate(s.Id, v.Id, v.CustomerId!.Value, v.Plate, v.Model, s.Type, s.Date);
    }

    protected override long IdOf(VisitCandidate row) => row.VisitId;

    protected override CampaignTarget? Due(VisitCandidate row, CampaignRuleContext rule)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(rule);
        return new CampaignTarget(CampaignKeys.VisitSurvey(rule.CampaignId, row.VisitId), row.CustomerId)
        {
            VehicleId = row.VehicleId,
            Plate = row.Plate,
            Model = row.Model,
            ServiceType = row.Type,
            DueDate = row.Date.AddDays(rule.DelayDays),
            ServiceVisitId = row.VisitId,
        };
    }
}
