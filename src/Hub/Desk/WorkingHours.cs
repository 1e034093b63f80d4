using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Desk;

/// <summary>
/// When agents work: the workshop calendar's weekly hours and holidays, in its time zone (issue 6's after-hours
/// notice), optionally with the desk's own Desk:OpensAt/ClosesAt on the open days.
/// </summary>
public sealed class WorkingHours(IDbContextFactory<RecordsDbContext> records, IOptions<DeskOptions> options)
{
    /// <summary>Longer than any run of closed days a dealer keeps (the Spring Festival break is about eight).</summary>
    private const int DaysAhead = 31;

    public async Task<DeskOpening> CheckAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        return Check(await db.LoadScheduleAsync(cancellationToken), now, options.Value.OpensAt, options.Value.ClosesAt);
    }

    /// <param name="opensAt">With <paramref name="closesAt"/>, the desk's own hours on the days the workshop is open.</param>
    public static DeskOpening Check(WorkshopSchedule schedule, DateTimeOffset now, TimeOnly? opensAt = null, TimeOnly? closesAt = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var local = TimeZoneInfo.ConvertTime(now, schedule.TimeZone).DateTime;
        var (today, time) = (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        for (var ahead = 0; ahead <= DaysAhead; ahead++)
        {
            var day = today.AddDays(ahead);
            var workshop = schedule.HoursOn(day);
            if (workshop is not { } hours)
            {
                continue;
            }

            if (opensAt is { } opens && closesAt is { } closes)
            {
                hours = (opens, closes);
            }

            if (ahead == 0 && time >= hours.Opens && time < hours.Closes)
            {
                return DeskOpening.OpenNow;
            }

            if (ahead > 0 || time < hours.Opens)
            {
                var opening = day.ToDateTime(hours.Opens);
                return new DeskOpening(false, new DateTimeOffset(opening, schedule.TimeZone.GetUtcOffset(opening)));
            }
        }

        return new DeskOpening(false, null);
    }
}
