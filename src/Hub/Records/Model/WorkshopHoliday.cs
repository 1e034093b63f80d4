namespace ContactHub.Hub.Records.Model;

public sealed class WorkshopHoliday
{
    public long Id { get; set; }

    public int CalendarId { get; set; }

    public DateOnly Date { get; set; }

    public required string Name { get; set; }
}
