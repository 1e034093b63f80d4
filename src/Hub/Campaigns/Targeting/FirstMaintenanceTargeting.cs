using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Campaigns.Rules;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Campaigns.Targeting;

/// <summary>首保: due by the model's first-service months or kilometres after delivery, whichever comes first.</summary>
public sealed class FirstMaintenanceTargeting(IDbContextFactory<RecordsDbContext> records) : MaintenanceTargeting(records)
{
    public override CampaignKind Kind => CampaignKind.FirstMaintenance;

    protected override CampaignTarget? Due(MaintenanceCandidate row, CampaignRuleContext rule)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(rule);
        if (row.LastMaintenanceId is not null || row.Delivered is not { } delivered)
        {
            return null;
        }

        var start = new OdometerReading(delivered, 0);
        var latest = MaintenanceCandidates.Reading(row.LastReadingDate, row.LastReadingKm) ?? start;
        var interval = rule.Options.ScheduleFor(row.Model).FirstService;
        var due = MaintenanceDue.DueDate(start, latest, MaintenanceCandidates.KilometresPerDay(row, rule), interval);
        return MaintenanceDue.IsInReminderWindow(due, rule.Today, rule.LeadDays, rule.Options.OverdueDays)
            ? new CampaignTarget(CampaignKeys.FirstMaintenance(rule.CampaignId, row.VehicleId), row.CustomerId)
            {
                VehicleId = row.VehicleId,
                Plate = row.Plate,
                Model = row.Model,
                ServiceType = ServiceType.FirstMaintenance,
                DueDate = due,
            }
            : null;
    }
}
