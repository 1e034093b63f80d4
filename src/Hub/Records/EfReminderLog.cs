using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records;

/// <summary>
/// <see cref="IReminderLog"/> over the records database. "Already serviced" becomes a <see cref="ServiceVisit"/> (and
/// the vehicle's last service date), so the next reminder is computed from a complete history. Booked, snoozed and
/// declined answers have no table yet: they are one structured log line each until the campaign deliveries (which
/// own the funnel and the next send date) can store them.
/// </summary>
public sealed partial class EfReminderLog(IDbContextFactory<RecordsDbContext> factory, TimeProvider clock, ILogger<EfReminderLog> logger) : IReminderLog
{
    public async Task RecordAsync(ReminderReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        LogReply(reply.CustomerId, reply.VehicleId, reply.ServiceType, reply.Response, reply.RemindOn, reply.ServicedAt, reply.AppointmentId);
        if (reply.Response != ReminderResponse.AlreadyServiced)
        {
            return;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var vehicle = await db.Vehicles.FirstOrDefaultAsync(v => v.Id == reply.VehicleId && v.CustomerId == reply.CustomerId, cancellationToken);
        if (vehicle is null)
        {
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var where = reply.ServicedAt switch
        {
            ServicedAt.ThisDealer => "本店",
            ServicedAt.AnotherShop => "其他店",
            _ => "地点未说明",
        };
        db.ServiceVisits.Add(new ServiceVisit { VehicleId = vehicle.Id, Date = today, Type = reply.ServiceType, WorkDone = $"客户回复保养提醒：已保养（{where}）" });
        vehicle.LastServiceDate = today;
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Reminder reply {Response} from customer {CustomerId} for vehicle {VehicleId} ({ServiceType}); remind on {RemindOn}, serviced at {ServicedAt}, appointment {AppointmentId}")]
    private partial void LogReply(long customerId, long vehicleId, ServiceType serviceType, ReminderResponse response, DateOnly? remindOn, ServicedAt? servicedAt, long? appointmentId);
}
