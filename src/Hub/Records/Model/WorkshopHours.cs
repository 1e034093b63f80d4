namespace ContactHub.Hub.Records.Model;

/// <summary>One weekday's opening hours, in the calendar's time zone. A weekday without a row is closed.</summary>
public sealed class WorkshopHours
{
    public long Id { get; set; }

    public int CalendarId { get; set; }

    public DayOfWeek Day { get; set; }

    public TimeOnly Opens { get; set; }

    public TimeOnly Closes { get; set; }
}
