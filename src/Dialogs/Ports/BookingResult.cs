namespace ContactHub.Dialogs.Ports;

public sealed record BookingResult(BookingOutcome Outcome, AppointmentInfo? Appointment, IReadOnlyList<AppointmentSlot> Alternatives)
{
    public static BookingResult NotFound { get; } = new(BookingOutcome.NotFound, null, []);
}
