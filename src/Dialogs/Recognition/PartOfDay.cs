namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// A part of day said without a clock time (上午, 下午, 晚上, morning, afternoon, evening). It shifts an hour said with
/// it (下午3点 = 15:00) and, alone, stands for a default hour a service desk would offer: 9:00, 12:00, 14:00, 19:00.
/// </summary>
public enum PartOfDay
{
    None,
    Morning,
    Noon,
    Afternoon,
    Evening,
}
