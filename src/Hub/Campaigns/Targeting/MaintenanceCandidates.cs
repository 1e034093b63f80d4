using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Campaigns.Rules;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Campaigns.Targeting;

/// <summary>
/// The vehicles queries of the two maintenance rules. Each history fact is a scalar correlated subquery on
/// service_visit's (VehicleId, Date) index rather than a join over the whole table, which both SQLite and PostgreSQL
/// answer with a few index seeks per vehicle.
/// </summary>
internal static class MaintenanceCandidates
{
    /// <summary>Vehicles delivered to a customer that have had no maintenance visit yet (首保 pending).</summary>
    public static IQueryable<MaintenanceCandidate> NeverServiced(RecordsDbContext db, long after) =>
        db.Vehicles.AsNoTracking()
            .Where(v => v.Id > after && v.CustomerId != null && v.DeliveryDate != null)
            .Where(v => !db.ServiceVisits.Any(s => s.VehicleId == v.Id && (s.Type == ServiceType.FirstMaintenance || s.Type == ServiceType.RegularMaintenance)))
            .OrderBy(v => v.Id)
            .Select(v => new MaintenanceCandidate(
                v.Id,
                v.CustomerId!.Value,
                v.Plate,
                v.Model,
                v.DeliveryDate,
                db.ServiceVisits.Where(s => s.VehicleId == v.Id && s.Odometer != null).OrderBy(s => s.Date).Select(s => (DateOnly?)s.Date).FirstOrDefault(),
                db.ServiceVisits.Where(s => s.VehicleId == v.Id && s.Odometer != null).OrderBy(s => s.Date).Select(s => s.Odometer).FirstOrDefault(),
                v.LastServiceDate,
                v.LastServiceOdometer,
                null,
                null,
                null));

    /// <summary>Vehicles of a customer with at least one maintenance visit, with the latest one.</summary>
    public static IQueryable<MaintenanceCandidate> Serviced(RecordsDbContext db, long after) =>
        db.Vehicles.AsNoTracking()
            .Where(v => v.Id > after && v.CustomerId != null)
            .Select(v => new
            {
                Vehicle = v,
                LastMaintenanceId = db.ServiceVisits
                    .Where(s => s.VehicleId == v.Id && (s.Type == ServiceType.FirstMaintenance || s.Type == ServiceType.RegularMaintenance))
                    .OrderByDescending(s => s.Date).ThenByDescending(s => s.Id).Select(s => (long?)s.Id).FirstOrDefault(),
            })
            .Where(x => x.LastMaintenanceId != null)
            .OrderBy(x => x.Vehicle.Id)
            .Select(x => new MaintenanceCandidate(
                x.Vehicle.Id,
                x.Vehicle.CustomerId!.Value,
                x.Vehicle.Plate,
                x.Vehicle.Model,
                x.Vehicle.DeliveryDate,
                db.ServiceVisits.Where(s => s.VehicleId == x.Vehicle.Id && s.Odometer != null).OrderBy(s => s.Date).Select(s => (DateOnly?)s.Date).FirstOrDefault(),
                db.ServiceVisits.Where(s => s.VehicleId == x.Vehicle.Id && s.Odometer != null).OrderBy(s => s.Date).Select(s => s.Odometer).FirstOrDefault(),
                x.Vehicle.LastServiceDate,
                x.Vehicle.LastServiceOdometer,
                x.LastMaintenanceId,
                db.ServiceVisits.Where(s => s.Id == x.LastMaintenanceId).Select(s => (DateOnly?)s.Date).FirstOrDefault(),
                db.ServiceVisits.Where(s => s.Id == x.LastMaintenanceId).Select(s => s.Odometer).FirstOrDefault()));

    /// <summary>How far the vehicle goes a day, from its readings (or the configured average).</summary>
    public static double KilometresPerDay(MaintenanceCandidate row, CampaignRuleContext rule) =>
        OdometerEstimate.KilometresPerDay(
            row.Delivered,
            Reading(row.FirstReadingDate, row.FirstReadingKm),
            Reading(row.LastReadingDate, row.LastReadingKm),
            rule.Options.DefaultKilometresPerDay);

    public static OdometerReading? Reading(DateOnly? date, int? kilometres) =>
        date is { } day && kilometres is { } km ? new OdometerReading(day, km) : null;
}
