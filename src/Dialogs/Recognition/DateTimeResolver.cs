namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// Turns a <see cref="DateTimeToken"/> into a date and time relative to now. What the customer left open rolls
/// forward to the next time it is in the future: a weekday (周一 said on a Wednesday is next Monday), a month and day
/// without a year, a day of the month, a time without a day. What they said exactly (今天上午, 下周二, 2026年11月1日)
/// stays where it is even if past, for the dialog to question.
/// </summary>
internal static class DateTimeResolver
{
    private const int MaxRolls = 12;

    public static DateTimeMatch? Resolve(in DateTimeToken token, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (!TryTime(token, out var time, out var inferred))
        {
            return null;
        }

        var today = DateOnly.FromDateTime(now.DateTime);
        var nowTime = TimeOnly.FromDateTime(now.DateTime);
        var rolls = CanRoll(token) ? MaxRolls : 0;
        DateOnly? first = null;
        for (var step = 0; step <= rolls; step++)
        {
            if (Candidate(token, today, step) is not { } date)
            {
                continue;
            }

            first ??= date;
            var past = date < today || (date == today && time is { } t && t < nowTime);
            if (!past || rolls == 0)
            {
                return Create(token, date, time, inferred, zone);
            }
        }

        return first is { } fallback && rolls == 0 ? Create(token, fallback, time, inferred, zone) : null;
    }

    private static DateTimeMatch Create(in DateTimeToken token, DateOnly date, TimeOnly? time, bool inferred, TimeZoneInfo zone) =>
        new(token.Start, token.End - token.Start, date, time, inferred, zone.GetUtcOffset(date.ToDateTime(time ?? TimeOnly.MinValue)));

    private static bool CanRoll(in DateTimeToken token) => token.DateKind switch
    {
        DateKind.None or DateKind.DayOfMonth => true,
        DateKind.Weekday => token.WeekOffset is DateTimeToken.NearestWeek or 0,
        DateKind.MonthDay => token.Year == 0,
        _ => false,
    };

    private static DateOnly? Candidate(in DateTimeToken token, DateOnly today, int step)
    {
        switch (token.DateKind)
        {
            case DateKind.None:
                return today.AddDays(step);
            case DateKind.DaysFromToday:
                return today.AddDays(token.Days);
            case DateKind.Weekday:
                var dayOfWeek = today.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)today.DayOfWeek;
                var date = token.WeekOffset == DateTimeToken.NearestWeek
                    ? today.AddDays((token.Days - dayOfWeek + 7) % 7)
                    : today.AddDays(1 - dayOfWeek + (7 * token.WeekOffset) + token.Days - 1);
                return date.AddDays(7 * step);
            case DateKind.MonthDay:
                return Valid(token.Year == 0 ? today.Year + step : token.Year, token.Month, token.Day);
            default:
                var month = today.Month - 1 + step;
                return Valid(today.Year + (month / 12), (month % 12) + 1, token.Day);
        }
    }

    private static DateOnly? Valid(int year, int month, int day) =>
        year is >= 2000 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static bool TryTime(in DateTimeToken token, out TimeOnly? time, out bool inferred)
    {
        time = null;
        inferred = false;
        if (token.Hour is not { } hour)
        {
            if (token.PartOfDay != PartOfDay.None)
            {
                time = new TimeOnly(DefaultHour(token.PartOfDay), 0);
                inferred = true;
            }

            return true;
        }

        hour = token.ExactHour ? hour : Shift(hour, token.PartOfDay);
        if (hour is < 0 or > 23 || token.Minute is < 0 or > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, token.Minute);
        return true;
    }

    /// <summary>
    /// 下午3点 is 15:00 and 中午1点 13:00. With no part of day, 1 to 6 o'clock means the afternoon: nobody books a
    /// service at 3 a.m., and "明天三点" / "tomorrow at 3" mean 15:00.
    /// </summary>
    private static int Shift(int hour, PartOfDay partOfDay) => partOfDay switch
    {
        PartOfDay.Afternoon or PartOfDay.Evening when hour < 12 => hour + 12,
        PartOfDay.Noon when hour < 6 => hour + 12,
        PartOfDay.None when hour is >= 1 and <= 6 => hour + 12,
        _ => hour,
    };

    private static int DefaultHour(PartOfDay partOfDay) => partOfDay switch
    {
        PartOfDay.Morning => 9,
        PartOfDay.Noon => 12,
        PartOfDay.Afternoon => 14,
        _ => 19,
    };
}
