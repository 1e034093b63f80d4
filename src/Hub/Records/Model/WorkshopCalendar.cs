namespace ContactHub.Hub.Records.Model;

/// <summary>The workshop's capacity: opening hours per weekday (dealer-local), slot length, bays per slot, holidays.</summary>
public sealed class WorkshopCalendar
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string TimeZoneId { get; set; } = "Asia/Shanghai";

    public int SlotMinutes { get; set; } = 60;

    public int BaysPerSlot { get; set; } = 4;

    public List<WorkshopHours> Hours { get; set; } = [];

    public List<WorkshopHoliday> Holidays { get; set; } = [];
}
