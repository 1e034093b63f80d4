using ContactHub.Hub.Desk;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>Agents' hours from the workshop calendar: weekdays, a short Saturday, a closed Sunday and the National Day week.</summary>
public sealed class WorkingHoursTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static readonly WorkshopSchedule Schedule = new(new WorkshopCalendar
    {
        TimeZoneId = "Asia/Shanghai",
        Hours =
        [
            .. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
                .Select(d => new WorkshopHours { Day = d, Opens = new TimeOnly(8, 30), Closes = new TimeOnly(17, 30) }),
            new WorkshopHours { Day = DayOfWeek.Saturday, Opens = new TimeOnly(9, 0), Closes = new TimeOnly(12, 0) },
        ],
        Holidays = [.. Enumerable.Range(1, 7).Select(d => new WorkshopHoliday { Date = new DateOnly(2026, 10, d), Name = "国庆节" })],
    });

    [Theory]
    [InlineData("2026-11-27 10:00", null)]                  // Friday morning: open
    [InlineData("2026-11-27 08:00", "2026-11-27 08:30")]    // Friday before opening
    [InlineData("2026-11-27 17:30", "2026-11-28 09:00")]    // Friday evening: the short Saturday
    [InlineData("2026-11-28 12:30", "2026-11-30 08:30")]    // Saturday afternoon: Sunday is closed
    [InlineData("2026-11-29 10:00", "2026-11-30 08:30")]    // Sunday
    [InlineData("2026-09-30 18:00", "2026-10-08 08:30")]    // the evening before the National Day week
    [InlineData("2026-10-03 10:00", "2026-10-08 08:30")]    // a holiday that falls on a Saturday
    public void KnowsWhetherAgentsWorkAndWhenTheyStartAgain(string beijingTime, string? nextOpening)
    {
        var opening = WorkingHours.Check(Schedule, At(beijingTime));

        Assert.Equal(nextOpening is null, opening.IsOpen);
        Assert.Equal(nextOpening is null ? null : At(nextOpening), opening.NextOpening);
    }

    [Fact]
    public void TheDesksOwnHoursApplyOnlyOnDaysTheWorkshopOpens()
    {
        var (opens, closes) = (new TimeOnly(0, 0), new TimeOnly(23, 59, 59));

        Assert.True(WorkingHours.Check(Schedule, At("2026-11-27 21:00"), opens, closes).IsOpen);
        Assert.Equal(At("2026-11-30 00:00"), WorkingHours.Check(Schedule, At("2026-11-29 21:00"), opens, closes).NextOpening);
    }

    [Fact]
    public void ACalendarThatNeverOpensGivesNoDate()
    {
        var closed = new WorkshopSchedule(new WorkshopCalendar { TimeZoneId = "Asia/Shanghai" });

        Assert.Equal(new DeskOpening(false, null), WorkingHours.Check(closed, At("2026-11-27 10:00")));
    }

    private static DateTimeOffset At(string beijingTime) =>
        new(DateTime.ParseExact(beijingTime, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), Beijing);
}
