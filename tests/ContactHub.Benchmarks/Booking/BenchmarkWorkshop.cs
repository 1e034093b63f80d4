using ContactHub.Dialogs.Ports;

namespace ContactHub.Benchmarks.Booking;

/// <summary>
/// An appointment book in memory for the booking benchmark: one-hour slots 09:00–17:00 (UTC+8) every day, always a free
/// bay, bookings accepted and forgotten, so every run of the benchmark sees the same calendar.
/// </summary>
public sealed class BenchmarkWorkshop(TimeProvider clock) : IAppointmentBook
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);
    private const int OpensAt = 9;
    private const int ClosesAt = 17;
    private long _bookings;

    public long Bookings => Interlocked.Read(ref _bookings);

    public Task<IReadOnlyList<AppointmentSlot>> FindFreeSlotsAsync(DateTimeOffset near, int count, SlotWindow? within, CancellationToken cancellationToken)
    {
        // Walks outward hour by hour from near, so the slots nearest to it come first, as the port promises.
        var local = near.ToOffset(Offset);
        var hour = new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, 0, 0, Offset);
        var slots = new List<AppointmentSlot>(count);
        for (var step = 0; slots.Count < count && step < 24 * 14; step++)
        {
            var start = step % 2 == 0 ? hour.AddHours(step / 2) : hour.AddHours(-(step + 1) / 2);
            if (start.Hour is >= OpensAt and < ClosesAt && start > clock.GetUtcNow() && (within?.Contains(start) ?? true))
            {
                slots.Add(new AppointmentSlot(start, start.AddHours(1), 1));
            }
        }

        return Task.FromResult<IReadOnlyList<AppointmentSlot>>(slots);
    }

    public Task<BookingResult> BookAsync(BookingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Interlocked.Increment(ref _bookings);
        var appointment = new AppointmentInfo(1, request.CustomerId, request.VehicleId, BenchmarkCustomers.Plate, BenchmarkCustomers.Model,
            request.ServiceType, request.Start, 1, AppointmentStatus.Booked, null);
        return Task.FromResult(new BookingResult(BookingOutcome.Booked, appointment, []));
    }

    public Task<BookingResult> RescheduleAsync(long appointmentId, DateTimeOffset newStart, CancellationToken cancellationToken) =>
        Task.FromResult(BookingResult.NotFound);

    public Task<bool> CancelAsync(long appointmentId, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<IReadOnlyList<AppointmentInfo>> ListUpcomingAsync(long customerId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AppointmentInfo>>([]);
}
