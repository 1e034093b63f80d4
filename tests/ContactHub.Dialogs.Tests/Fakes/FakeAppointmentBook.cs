using ContactHub.Dialogs.Ports;

namespace ContactHub.Dialogs.Tests.Fakes;

/// <summary>
/// A workshop open every day 09:00–17:00 (UTC+8), one-hour slots, <see cref="BaysPerSlot"/> bays each, for three weeks
/// from the clock's now. Slots can be filled up front, and a booking can be made to lose the last bay to someone else.
/// </summary>
public sealed class FakeAppointmentBook(TimeProvider clock) : IAppointmentBook
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);
    private readonly HashSet<DateTimeOffset> _full = [];
    private long _nextId = 100;

    public int BaysPerSlot { get; init; } = 2;

    public List<AppointmentInfo> Appointments { get; } = [];

    public List<VehicleInfo> Vehicles { get; } = [];

    /// <summary>The next booking or reschedule finds its slot taken by another customer at the last moment.</summary>
    public bool LoseNextBooking { get; set; }

    public static DateTimeOffset At(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, Offset);

    public void Fill(DateTimeOffset start) => _full.Add(start);

    public AppointmentInfo Add(long customerId, VehicleInfo vehicle, ServiceType type, DateTimeOffset start)
    {
        var appointment = new AppointmentInfo(_nextId++, customerId, vehicle.Id, vehicle.Plate, vehicle.Model, type, start, 1, AppointmentStatus.Booked, null);
        Appointments.Add(appointment);
        return appointment;
    }

    public Task<IReadOnlyList<AppointmentSlot>> FindFreeSlotsAsync(DateTimeOffset near, int count, SlotWindow? within, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AppointmentSlot>>([.. FreeSlots()
            .Where(s => within?.Contains(s.Start) ?? true)
            .OrderBy(s => (s.Start - near).Duration()).ThenBy(s => s.Start).Take(count)]);

    public Task<BookingResult> BookAsync(BookingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var vehicle = Vehicles.FirstOrDefault(v => v.Id == request.VehicleId);
        if (vehicle is null)
        {
            return Task.FromResult(BookingResult.NotFound);
        }

        if (Refuse(request.Start) is { } refused)
        {
            return Task.FromResult(refused);
        }

        var booked = Add(request.CustomerId, vehicle, request.ServiceType, request.Start);
        return Task.FromResult(new BookingResult(BookingOutcome.Booked, booked, []));
    }

    public Task<BookingResult> RescheduleAsync(long appointmentId, DateTimeOffset newStart, CancellationToken cancellationToken)
    {
        var index = Appointments.FindIndex(a => a.Id == appointmentId && a.Status == AppointmentStatus.Booked);
        if (index < 0)
        {
            return Task.FromResult(BookingResult.NotFound);
        }

        if (Refuse(newStart) is { } refused)
        {
            return Task.FromResult(refused);
        }

        Appointments[index] = Appointments[index] with { Start = newStart };
        return Task.FromResult(new BookingResult(BookingOutcome.Booked, Appointments[index], []));
    }

    public Task<bool> CancelAsync(long appointmentId, CancellationToken cancellationToken)
    {
        var index = Appointments.FindIndex(a => a.Id == appointmentId && a.Status == AppointmentStatus.Booked);
        if (index >= 0)
        {
            Appointments[index] = Appointments[index] with { Status = AppointmentStatus.Cancelled };
        }

        return Task.FromResult(index >= 0);
    }

    public Task<IReadOnlyList<AppointmentInfo>> ListUpcomingAsync(long customerId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AppointmentInfo>>([.. Appointments
            .Where(a => a.CustomerId == customerId && a.Status == AppointmentStatus.Booked && a.Start >= clock.GetUtcNow())
            .OrderBy(a => a.Start)]);

    public IEnumerable<AppointmentInfo> Booked() => Appointments.Where(a => a.Status == AppointmentStatus.Booked);

    private BookingResult? Refuse(DateTimeOffset start)
    {
        if (LoseNextBooking)
        {
            LoseNextBooking = false;
            _full.Add(start);
        }

        var outcome = !AllSlots().Contains(start) ? BookingOutcome.Closed : IsFree(start) ? (BookingOutcome?)null : BookingOutcome.SlotFull;
        return outcome is { } refused
            ? new BookingResult(refused, null, [.. FreeSlots().OrderBy(s => (s.Start - start).Duration()).ThenBy(s => s.Start).Take(3)])
            : null;
    }

    private bool IsFree(DateTimeOffset start) =>
        !_full.Contains(start) && Appointments.Count(a => a.Start == start && a.Status == AppointmentStatus.Booked) < BaysPerSlot;

    private IEnumerable<AppointmentSlot> FreeSlots() =>
        AllSlots().Where(IsFree).Select(s => new AppointmentSlot(s, s.AddHours(1), 1));

    private IEnumerable<DateTimeOffset> AllSlots()
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.ToOffset(Offset).DateTime);
        for (var day = today; day <= today.AddDays(21); day = day.AddDays(1))
        {
            for (var hour = 9; hour < 17; hour++)
            {
                var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), Offset);
                if (start > now)
                {
                    yield return start;
                }
            }
        }
    }
}
