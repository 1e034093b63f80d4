using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records;

/// <summary>
/// <see cref="IAppointmentBook"/> over the records database. Capacity is a database guarantee, not a read-then-write
/// check: a bay is taken by inserting (slot, bay) under the unique index UX_appointment_slot_bay, and a booking that
/// loses the race for a bay gets a unique violation and tries the next free bay, until the slot is full (issue 3).
/// </summary>
public sealed class EfAppointmentBook(IDbContextFactory<RecordsDbContext> factory, WorkshopScheduleCache calendar, RecordsWriteGate gate, TimeProvider clock) : IAppointmentBook
{
    private const int SearchDaysBack = 3;
    private const int SearchDaysAhead = 21;

    public async Task<IReadOnlyList<AppointmentSlot>> FindFreeSlotsAsync(DateTimeOffset near, int count, SlotWindow? within, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var schedule = await calendar.GetAsync(db, cancellationToken);
        return await FreeSlotsAsync(db, schedule, near.ToUniversalTime(), count, within, cancellationToken);
    }

    public async Task<BookingResult> BookAsync(BookingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            if (!await AppointmentQueries.OwnsVehicle.For(db)(db, request.CustomerId, request.VehicleId, cancellationToken))
            {
                return BookingResult.NotFound;
            }
        }

        var appointment = new Appointment
        {
            CustomerId = request.CustomerId,
            VehicleId = request.VehicleId,
            ServiceType = request.ServiceType,
            Advisor = request.Advisor,
            Status = AppointmentStatus.Booked,
            SourceChannel = request.SourceChannel,
            CreatedAt = clock.GetUtcNow(),
        };
        return await PlaceAsync(appointment, request.Start, isNew: true, cancellationToken);
    }

    public async Task<BookingResult> RescheduleAsync(long appointmentId, DateTimeOffset newStart, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var appointment = await db.Appointments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == appointmentId, cancellationToken);
        if (appointment is not { Status: AppointmentStatus.Booked or AppointmentStatus.Confirmed })
        {
            return BookingResult.NotFound;
        }

        if (appointment.StartsAt == newStart.ToUniversalTime())
        {
            return new BookingResult(BookingOutcome.Booked, await LoadInfoAsync(appointment.Id, cancellationToken), []);
        }

        return await PlaceAsync(appointment, newStart, isNew: false, cancellationToken);
    }

    public async Task<bool> CancelAsync(long appointmentId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var changed = await db.Appointments
            .Where(a => a.Id == appointmentId && (a.Status == AppointmentStatus.Booked || a.Status == AppointmentStatus.Confirmed))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AppointmentStatus.Cancelled), cancellationToken);
        return changed == 1;
    }

    public async Task<IReadOnlyList<AppointmentInfo>> ListUpcomingAsync(long customerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var upcoming = await db.Appointments.AsNoTracking().Include(a => a.Vehicle)
            .Where(a => a.CustomerId == customerId && a.StartsAt >= now)
            .Where(a => a.Status == AppointmentStatus.Booked || a.Status == AppointmentStatus.Confirmed)
            .OrderBy(a => a.StartsAt)
            .ToListAsync(cancellationToken);
        return [.. upcoming.Select(a => a.ToInfo())];
    }

    /// <summary>Puts the appointment in the first free bay of the slot, retrying when another booking took that bay first.</summary>
    private async Task<BookingResult> PlaceAsync(Appointment appointment, DateTimeOffset requested, bool isNew, CancellationToken cancellationToken)
    {
        var start = requested.ToUniversalTime();
        while (true)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var schedule = await db.LoadScheduleAsync(cancellationToken);
            if (start <= clock.GetUtcNow() || !schedule.IsSlotStart(start))
            {
                return new BookingResult(BookingOutcome.Closed, null, await FreeSlotsAsync(db, schedule, start, 3, within: null, cancellationToken));
            }

            switch (await TakeBayAsync(db, appointment, start, schedule.BaysPerSlot, isNew, cancellationToken))
            {
                case BayTaken.Yes:
                    return new BookingResult(BookingOutcome.Booked, await LoadInfoAsync(appointment.Id, cancellationToken), []);
                case BayTaken.SlotFull:
                    return new BookingResult(BookingOutcome.SlotFull, null, await FreeSlotsAsync(db, schedule, start, 3, within: null, cancellationToken));
                default:
                    appointment.Id = isNew ? 0 : appointment.Id; // lost the race for this bay: look again
                    break;
            }
        }
    }

    /// <summary>
    /// Reads the slot's taken bays and inserts into the first free one under one hold of the write gate, so on SQLite
    /// no booking of this process can take the bay in between (issue 8: with the gate held for the insert alone,
    /// bookings queued at it with stale reads, and one run under load lost 520 races, each an exception). Other
    /// processes, and PostgreSQL, still meet the unique index and look again.
    /// </summary>
    private async Task<BayTaken> TakeBayAsync(RecordsDbContext db, Appointment appointment, DateTimeOffset start, int bays, bool isNew, CancellationToken cancellationToken)
    {
        using var held = await gate.EnterAsync(db, cancellationToken);
        var taken = new HashSet<int>();
        await foreach (var taker in AppointmentQueries.BaysTaken.For(db)(db, start).WithCancellation(cancellationToken))
        {
            taken.Add(taker);
        }

        var bay = FirstFreeBay(taken, bays);
        if (bay == 0)
        {
            return BayTaken.SlotFull;
        }

        appointment.StartsAt = start;
        appointment.Bay = bay;
        if (isNew)
        {
            db.Appointments.Add(appointment);
        }
        else
        {
            db.Appointments.Update(appointment);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return BayTaken.Yes;
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            return BayTaken.LostRace;
        }
    }

    private async Task<AppointmentInfo?> LoadInfoAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await AppointmentQueries.Info.For(db)(db, id, cancellationToken);
    }

    /// <summary>The lowest bay number not taken, or 0 when all <paramref name="bays"/> are.</summary>
    private static int FirstFreeBay(HashSet<int> taken, int bays)
    {
        for (var bay = 1; bay <= bays; bay++)
        {
            if (!taken.Contains(bay))
            {
                return bay;
            }
        }

        return 0;
    }

    private async Task<IReadOnlyList<AppointmentSlot>> FreeSlotsAsync(
        RecordsDbContext db, WorkshopSchedule schedule, DateTimeOffset near, int count, SlotWindow? within, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var from = near.AddDays(-SearchDaysBack) > now ? near.AddDays(-SearchDaysBack) : now;
        var to = (near > now ? near : now).AddDays(SearchDaysAhead);
        if (within is { } window)
        {
            // Only the day the customer named (issue 8): no slots or bookings read beyond what the dialog shows.
            from = window.From > from ? window.From.ToUniversalTime() : from;
            to = window.To < to ? window.To.ToUniversalTime() : to;
        }

        // Slots and bookings both come in start order, so each slot's bookings are met by walking the two together.
        var nearest = new NearestFreeSlots(near, count);
        await using var bookings = AppointmentQueries.BookingsBetween.For(db)(db, from, to).GetAsyncEnumerator(cancellationToken);
        var booking = await bookings.MoveNextAsync() ? bookings.Current : null;
        foreach (var start in schedule.Slots(from, to))
        {
            while (booking is not null && booking.Start < start)
            {
                booking = await bookings.MoveNextAsync() ? bookings.Current : null;
            }

            if (start > now)
            {
                nearest.Offer(start, schedule.BaysPerSlot - (booking?.Start == start ? booking.Count : 0));
            }
        }

        return nearest.ToSlots(schedule.SlotLength);
    }
}
