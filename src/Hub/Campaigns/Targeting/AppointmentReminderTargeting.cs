using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Campaigns.Rules;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Campaigns.Targeting;

/// <summary>The reminder the day before (<c>LeadDays</c>, default 1): booked or confirmed appointments starting on that local day.</summary>
public sealed class AppointmentReminderTargeting(IDbContextFactory<RecordsDbContext> records) : QueryTargeting<AppointmentCandidate>(records)
{
    public override CampaignKind Kind => CampaignKind.AppointmentReminder;

    protected override IQueryable<AppointmentCandidate> Candidates(RecordsDbContext db, CampaignRuleContext rule, long after)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var day = rule.Today.AddDays(rule.LeadDays);
        var (dayStart, dayEnd) = (rule.StartOf(day), rule.StartOf(day.AddDays(1)));
        var now = rule.Now;
        return from a in db.Appointments.AsNoTracking()
               join v in db.Vehicles on a.VehicleId equals v.Id
               where a.Id > after && a.StartsAt >= dayStart && a.StartsAt < dayEnd && a.StartsAt > now
                     && (a.Status == AppointmentStatus.Booked || a.Status == AppointmentStatus.Confirmed)
               orderby a.Id
               select new AppointmentCandidate(a.Id, a.CustomerId, v.Id, v.Plate, v.Model, a.ServiceType, a.StartsAt);
    }

    protected override long IdOf(AppointmentCandidate row) => row.AppointmentId;

    protected override CampaignTarget? Due(AppointmentCandidate row, CampaignRuleContext rule)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(rule);
        return new CampaignTarget(CampaignKeys.AppointmentReminder(rule.CampaignId, row.AppointmentId, row.StartsAt), row.CustomerId)
        {
            VehicleId = row.VehicleId,
            Plate = row.Plate,
            Model = row.Model,
            ServiceType = row.Type,
            DueDate = QuietHours.LocalDate(row.StartsAt, rule.Zone),
            AppointmentId = row.AppointmentId,
            AppointmentAt = row.StartsAt,
        };
    }
}
