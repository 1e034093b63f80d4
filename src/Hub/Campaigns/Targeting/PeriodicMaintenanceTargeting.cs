using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Campaigns.Rules;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Campaigns.Targeting;

/// <summary>日常保养: due by the model's periodic months or kilometres after the last maintenance visit, whichever comes first.</summary>
public sealed class PeriodicMaintenanceTargeting(IDbContextFactory<RecordsDbContext> records) : MaintenanceTargeting(records)
{
    public override CampaignKind Kind => CampaignKind.PeriodicMaintenance;

    protected override CampaignTarget? Due(MaintenanceCandidate row, CampaignRuleContext rule)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(rule);
        if (row is not { LastMaintenanceId: { } visitId, LastMaintenanceDate: { } serviced })
        {
            return null;
        }

        // A visit without a reading is placed on the estimated odometer line, so mileage still counts from it.
        var perDay = MaintenanceCandidates.KilometresPerDay(row, rule);
        var latest = MaintenanceCandidates.Reading(row.LastReadingDate, row.LastReadingKm);
        var startKm = row.LastMaintenanceKm
            ?? (latest is { } reading ? reading.Kilometres + (int)((serviced.DayNumber - reading.Date.DayNumber) * perDay) : 0);
        var start = new OdometerReading(serviced, startKm);
        var interval = rule.Options.ScheduleFor(row.Model).Periodic;
        var due = MaintenanceDue.DueDate(start, latest ?? start, perDay, interval);
        return MaintenanceDue.IsInReminderWindow(due, rule.Today, rule.LeadDays, rule.Options.OverdueDays)
            ? new CampaignTarget(CampaignKeys.PeriodicMaintenance(rule.CampaignId, row.VehicleId, visitId), row.CustomerId)
            {
                VehicleId = row.VehicleId,
                Plate = row.Plate,
                Model = row.Model,
                ServiceType = ServiceType.RegularMaintenance,
                DueDate = due,
                ServiceVisitId = visitId,
            }
            : null;
    }
}
