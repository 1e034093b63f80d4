using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Campaigns.Rules;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Campaigns.Targeting;

/// <summary>
/// One page of vehicles with what the maintenance rules need from their service history, in two range reads: the
/// vehicles by id, then every visit of that id range on service_visit's (VehicleId, Date) index. The history facts
/// (first and latest odometer reading, latest maintenance visit) are worked out here, which is several times cheaper
/// than a handful of correlated subqueries per vehicle (measured on SQLite with 200,000 vehicles).
/// </summary>
internal static class MaintenanceCandidates
{
    public static async Task<IReadOnlyList<MaintenanceCandidate>> PageAsync(RecordsDbContext db, long after, int size, CancellationToken cancellationToken)
    {
        var vehicles = new List<VehicleFacts>(size);
        var page = db.Vehicles.AsNoTracking()
            .Where(v => v.Id > after && v.CustomerId != null)
            .OrderBy(v => v.Id)
            .Take(size)
            .Select(v => new VehicleFacts(v.Id, v.CustomerId!.Value, v.Plate, v.Model, v.DeliveryDate, v.LastServiceDate, v.LastServiceOdometer));
        await foreach (var vehicle in page.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            vehicles.Add(vehicle);
        }

        if (vehicles.Count == 0)
        {
            return [];
        }

        var (first, last) = (vehicles[0].Id, vehicles[^1].Id);
        var visits = (await db.ServiceVisits.AsNoTracking()
                .Where(s => s.VehicleId >= first && s.VehicleId <= last)
                .Select(s => new VisitFacts(s.Id, s.VehicleId, s.Date, s.Type, s.Odometer))
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.VehicleId);
        return [.. vehicles.Select(v => Candidate(v, visits[v.Id]))];
    }

    /// <summary>How far the vehicle goes a day, from its readings (or the configured average).</summary>
    public static double KilometresPerDay(MaintenanceCandidate row, CampaignRuleContext rule) =>
        OdometerEstimate.KilometresPerDay(
            row.Delivered,
            Reading(row.FirstReadingDate, row.FirstReadingKm),
            Reading(row.LastReadingDate, row.LastReadingKm),
            rule.Options.DefaultKilometresPerDay);

    public static OdometerReading? Reading(DateOnly? date, int? kilometres) =>
        date is { } day && kilometres is { } km ? new OdometerReading(day, km) : null;

    private static MaintenanceCandidate Candidate(VehicleFacts vehicle, IEnumerable<VisitFacts> visits)
    {
        VisitFacts? firstReading = null, lastReading = null, lastMaintenance = null;
        foreach (var visit in visits)
        {
            if (visit.Odometer is not null)
            {
                firstReading = firstReading is null || Before(visit, firstReading) ? visit : firstReading;
                lastReading = lastReading is null || Before(lastReading, visit) ? visit : lastReading;
            }

            if ((visit.Type is ServiceType.FirstMaintenance or ServiceType.RegularMaintenance) && (lastMaintenance is null || Before(lastMaintenance, visit)))
            {
                lastMaintenance = visit;
            }
        }

        var useVehicle = lastReading is null || (vehicle.LastServiceOdometer is not null && vehicle.LastServiceDate > lastReading.Date);
        return new MaintenanceCandidate(
            vehicle.Id,
            vehicle.CustomerId,
            vehicle.Plate,
            vehicle.Model,
            vehicle.Delivered,
            firstReading?.Date,
            firstReading?.Odometer,
            useVehicle ? vehicle.LastServiceDate : lastReading!.Date,
            useVehicle ? vehicle.LastServiceOdometer : lastReading!.Odometer,
            lastMaintenance?.Id,
            lastMaintenance?.Date,
            lastMaintenance?.Odometer);
    }

    private static bool Before(VisitFacts a, VisitFacts b) => a.Date < b.Date || (a.Date == b.Date && a.Id < b.Id);

    private sealed record VehicleFacts(long Id, long CustomerId, string Plate, string Model, DateOnly? Delivered, DateOnly? LastServiceDate, int? LastServiceOdometer);

    private sealed record VisitFacts(long Id, long VehicleId, DateOnly Date, ServiceType Type, int? Odometer);
}
