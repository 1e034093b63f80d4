using ContactHub.Hub.Records.Model;

namespace ContactHub.Hub.Records;

/// <summary>
/// The slots of a <see cref="WorkshopCalendar"/>: each open day's hours cut into slot-length pieces from opening time,
/// the last ending at or before closing time, none on a holiday. Slot starts are reported in UTC.
/// </summary>
public sealed class WorkshopSchedule(WorkshopCalendar calendar)
{
    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(calendar.TimeZoneId);

    public int BaysPerSlot => calendar.BaysPerSlot;

    public TimeSpan SlotLength => TimeSpan.FromMinutes(calendar.SlotMinutes);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    public bool IsSlotStart(DateTimeOffset start) => SlotsOn(LocalDate(start)).Contains(start.ToUniversalTime());

    /// <summary>All slot starts on the local days from <paramref name="from"/> to <paramref name="to"/>, in order.</summary>
    public IEnumerable<DateTimeOffset> Slots(DateTimeOffset from, DateTimeOffset to)
    {
        var last = LocalDate(to);
        for (var day = LocalDate(from); day <= last; day = day.AddDays(1))
        {
            foreach (var start in SlotsOn(day))
            {
                if (start >= from && start <= to)
                {
                    yield return start;
                }
            }
        }
    }

    /// <summary>The opening hours of a local day, or null on a weekday without hours or a holiday.</summary>
    public (TimeOnly Opens, TimeOnly Closes)? HoursOn(DateOnly day)
    {
        // Loops rather than LINQ: a free-slot search asks this for every day it covers (issue 8).
        foreach (var holiday in calendar.Holidays)
        {
            if (holiday.Date == day)
            {
                return null;
            }
        }

        foreach (var hours in calendar.Hours)
        {
            if (hours.Day == day.DayOfWeek)
            {
                return (hours.Opens, hours.Closes);
            }
        }

        return null;
    }

    public IEnumerable<DateTimeOffset> SlotsOn(DateOnly day)
    {
        if (HoursOn(day) is not { } hours || calendar.SlotMinutes <= 0)
        {
            yield break;
        }

        for (var start = hours.Opens; start.Add(SlotLength) <= hours.Closes && start >= hours.Opens; start = start.Add(SlotLength))
        {
            var local = day.ToDateTime(start, DateTimeKind.Unspecified);
            yield return new DateTimeOffset(local, TimeZone.GetUtcOffset(local)).ToUniversalTime();
        }
    }
}
