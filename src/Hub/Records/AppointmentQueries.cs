using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records;

/// <summary>The appointment book's per-turn queries, compiled once and untracked (issue 8).</summary>
internal static class AppointmentQueries
{
    public static readonly CompiledForModel<Func<RecordsDbContext, long, long, CancellationToken, Task<bool>>> OwnsVehicle = new(() =>
        EF.CompileAsyncQuery((RecordsDbContext db, long customerId, long vehicleId, CancellationToken _) =>
            db.Vehicles.Any(v => v.Id == vehicleId && v.CustomerId == customerId)));

    public static readonly CompiledForModel<Func<RecordsDbContext, DateTimeOffset, IAsyncEnumerable<int>>> BaysTaken = new(() =>
        EF.CompileAsyncQuery((RecordsDbContext db, DateTimeOffset start) =>
            db.Appointments.Where(a => a.StartsAt == start && a.Status != AppointmentStatus.Cancelled).Select(a => a.Bay)));

    public static readonly CompiledForModel<Func<RecordsDbContext, DateTimeOffset, DateTimeOffset, IAsyncEnumerable<SlotBookings>>> BookingsBetween = new(() =>
        EF.CompileAsyncQuery((RecordsDbContext db, DateTimeOffset from, DateTimeOffset to) =>
            db.Appointments.Where(a => a.StartsAt >= from && a.StartsAt <= to && a.Status != AppointmentStatus.Cancelled)
                .GroupBy(a => a.StartsAt)
                .OrderBy(g => g.Key)
                .Select(g => new SlotBookings(g.Key, g.Count()))));

    public static readonly CompiledForModel<Func<RecordsDbContext, long, CancellationToken, Task<AppointmentInfo?>>> Info = new(() =>
        EF.CompileAsyncQuery((RecordsDbContext db, long id, CancellationToken _) =>
            db.Appointments.Where(a => a.Id == id)
                .Select(a => new AppointmentInfo(
                    a.Id,
                    a.CustomerId,
                    a.VehicleId,
                    a.Vehicle == null ? "" : a.Vehicle.Plate,
                    a.Vehicle == null ? "" : a.Vehicle.Model,
                    a.ServiceType,
                    a.StartsAt,
                    a.Bay,
                    a.Status,
                    a.Advisor))
                .FirstOrDefault()));
}
