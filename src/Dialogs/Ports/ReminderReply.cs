namespace ContactHub.Dialogs.Ports;

/// <summary>
/// A customer's answer to a maintenance reminder. <paramref name="RemindOn"/> is set for a snooze,
/// <paramref name="ServicedAt"/> for "already serviced", <paramref name="AppointmentId"/> for a booking.
/// </summary>
public sealed record ReminderReply(
    long CustomerId,
    long VehicleId,
    ServiceType ServiceType,
    ReminderResponse Response,
    DateOnly? RemindOn = null,
    ServicedAt? ServicedAt = null,
    long? AppointmentId = null);
