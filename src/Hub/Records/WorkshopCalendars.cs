using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records;

/// <summary>The workshop calendar every hub starts with (Mon–Sun 8:30–18:00, 60-minute slots, 4 bays), and loading it.</summary>
public static class WorkshopCalendars
{
    public static WorkshopCalendar Default() => new()
    {
        Hours = [.. Enum.GetValues<DayOfWeek>().Select(day => new WorkshopHours { Day = day, Opens = new TimeOnly(8, 30), Closes = new TimeOnly(18, 0) })],
    };

    public static async Task<WorkshopSchedule> LoadScheduleAsync(this RecordsDbContext db, CancellationToken cancellationToken)
    {
        var calendar = await db.WorkshopCalendars.AsNoTracking().AsSplitQuery()
            .Include(c => c.Hours)
            .Include(c => c.Holidays)
            .FirstOrDefaultAsync(c => c.Id == WorkshopCalendar.SingletonId, cancellationToken);
        return new WorkshopSchedule(calendar ?? Default());
    }

    /// <summary>Creates the default calendar when there is none; safe to call on every start and from several hubs.</summary>
    public static async Task EnsureCalendarAsync(this RecordsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.WorkshopCalendars.AnyAsync(cancellationToken))
        {
            return;
        }

        db.WorkshopCalendars.Add(Default());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear(); // another hub instance created it first
        }
    }
}
