namespace ContactHub.Dialogs.Recognition;

/// <summary>How a <see cref="DateTimeToken"/> names its day.</summary>
internal enum DateKind
{
    None,

    /// <summary>今天, 明天, 后天, "in 2 days": <see cref="DateTimeToken.Days"/> from today.</summary>
    DaysFromToday,

    /// <summary>周六, 下周二, "next Tuesday": <see cref="DateTimeToken.Days"/> is 1 (Monday) to 7, with a <see cref="DateTimeToken.WeekOffset"/>.</summary>
    Weekday,

    /// <summary>11月30号, "Nov 30", "30/11": month and day, and a year when one was said.</summary>
    MonthDay,

    /// <summary>30号: a day of the current (or next) month.</summary>
    DayOfMonth,
}
