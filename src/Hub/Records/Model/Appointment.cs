using ContactHub.Dialogs.Ports;

namespace ContactHub.Hub.Records.Model;

/// <summary>
/// A booked bay in one workshop slot. A unique index on (StartsAt, Bay) over the appointments that are not cancelled
/// is what keeps two bookings out of one bay (see <see cref="EfAppointmentBook"/>).
/// </summary>
public sealed class Appointment
{
    public long Id { get; set; }

    public long CustomerId { get; set; }

    public long VehicleId { get; set; }

    public Vehicle? Vehicle { get; set; }

    public ServiceType ServiceType { get; set; }

    /// <summary>UTC; always the start of a calendar slot.</summary>
    public DateTimeOffset StartsAt { get; set; }

    public int Bay { get; set; }

    public string? Advisor { get; set; }

    public AppointmentStatus Status { get; set; }

    public required string SourceChannel { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
