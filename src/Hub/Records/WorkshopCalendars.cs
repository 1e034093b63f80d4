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

    // Compiled: every booking reads the calendar fresh, and as a LINQ query each read was translated again (a tenth of
    // all the hub allocated on the booking workload, issue 8).
    private static readonly CompiledForModel<Func<RecordsDbContext, CancellationToken, Task<WorkshopCalendar?>>> Calendar = new(() =>
        EF.CompileAsyncQuery((RecordsDbContext db, CancellationToken _) =>
            db.WorkshopCalendars.AsNoTracking().AsSplitQuery()
                .Include(c => c.Hours)
                .Include(c => c.Holidays)
                .FirstOrDefault(c => c.Id == WorkshopCalendar.SingletonId)));

    public static async Task<WorkshopSchedule> LoadScheduleAsync(this RecordsDbContext db, CancellationToken cancellationToken)
    {
        var calendar = await Calendar.For(db)(db, cancellationToken);
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
