namespace ContactHub.Dialogs.Ports;

/// <summary>
/// The workshop's appointment book. Capacity is the calendar's bays per slot and is never exceeded, even when two
/// customers book the last bay at the same moment: exactly one of them gets <see cref="BookingOutcome.Booked"/>.
/// </summary>
public interface IAppointmentBook
{
    /// <summary>Up to <paramref name="count"/> open slots with a free bay, nearest to <paramref name="near"/> first, never in the past.</summary>
    Task<IReadOnlyList<AppointmentSlot>> FindFreeSlotsAsync(DateTimeOffset near, int count, CancellationToken cancellationToken) =>
        FindFreeSlotsAsync(near, count, within: null, cancellationToken);

    /// <summary>
    /// The same, only among slots starting <paramref name="within"/> when given (the day a customer named), so the book
    /// looks no further than what the dialog will show (issue 8).
    /// </summary>
    Task<IReadOnlyList<AppointmentSlot>> FindFreeSlotsAsync(DateTimeOffset near, int count, SlotWindow? within, CancellationToken cancellationToken);

    Task<BookingResult> BookAsync(BookingRequest request, CancellationToken cancellationToken);

    Task<BookingResult> RescheduleAsync(long appointmentId, DateTimeOffset newStart, CancellationToken cancellationToken);

    /// <summary>False when there is no such appointment or it is no longer booked or confirmed.</summary>
    Task<bool> CancelAsync(long appointmentId, CancellationToken cancellationToken);

    /// <summary>The customer's booked and confirmed appointments from now on, soonest first.</summary>
    Task<IReadOnlyList<AppointmentInfo>> ListUpcomingAsync(long customerId, CancellationToken cancellationToken);
}
