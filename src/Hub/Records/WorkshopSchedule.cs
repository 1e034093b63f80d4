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
        for (var day = LocalDate(from); day <= LocalDate(to); day = day.AddDays(1))
        {
            foreach (var start in SlotsOn(day).Where(s => s >= from && s <= to))
            {
                yield return start;
            }
        }
    }

    /// <summary>The opening hours of a local day, or null on a weekday without hours or a holiday.</summary>
    public (TimeOnly Opens, TimeOnly Closes)? HoursOn(DateOnly day) =>
        calendar.Hours.FirstOrDefault(h => h.Day == day.DayOfWeek) is { } hours && !calendar.Holidays.Any(h => h.Date == day)
            ? (hours.Opens, hours.Closes)
            : null;

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
