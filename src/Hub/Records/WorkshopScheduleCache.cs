using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records;

/// <summary>
/// The workshop calendar for free-slot searches, loaded at most once per <see cref="Lifetime"/> instead of on every
/// search (issue 8). No hub endpoint edits the calendar, so every instance keeping its own copy for a minute is safe;
/// a calendar changed in the database shows in the slots offered within <see cref="Lifetime"/>. Booking itself still
/// reads the calendar fresh (<see cref="EfAppointmentBook"/>), so a bay is never given out on a stale calendar.
/// </summary>
public sealed class WorkshopScheduleCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private (WorkshopSchedule Schedule, long ExpiresAt)? _current;

    public async Task<WorkshopSchedule> GetAsync(RecordsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (_current is { } current && current.ExpiresAt > clock.GetTimestamp())
        {
            return current.Schedule;
        }

        var schedule = await db.LoadScheduleAsync(cancellationToken);
        _current = (schedule, clock.GetTimestamp() + (long)(Lifetime.TotalSeconds * clock.TimestampFrequency));
        return schedule;
    }
}
