namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// One piece of a date-time as found in the text (a day, a part of day, a clock time, or several of them), with its
/// span in the folded text. Adjacent pieces are merged by <see cref="DateTimeRecognizer"/> and resolved by
/// <see cref="DateTimeResolver"/>.
/// </summary>
internal readonly record struct DateTimeToken(int Start, int End)
{
    /// <summary>Week offset for a weekday said without "this" or "next": the nearest such day from today on.</summary>
    public const int NearestWeek = -1;

    public DateKind DateKind { get; init; }

    /// <summary>Days from today (<see cref="DateKind.DaysFromToday"/>) or the ISO weekday 1–7 (<see cref="DateKind.Weekday"/>).</summary>
    public int Days { get; init; }

    /// <summary>For a weekday: <see cref="NearestWeek"/>, 0 this week, 1 next week, 2 the week after.</summary>
    public int WeekOffset { get; init; }

    public int Year { get; init; }

    public int Month { get; init; }

    public int Day { get; init; }

    public PartOfDay PartOfDay { get; init; }

    public int? Hour { get; init; }

    public int Minute { get; init; }

    /// <summary>The hour is on the 24-hour clock already (3pm, 15:30), so neither a part of day nor business hours shift it.</summary>
    public bool ExactHour { get; init; }

    public bool IsEmpty => DateKind == DateKind.None && PartOfDay == PartOfDay.None && Hour is null;

    /// <summary>Two adjacent pieces combine when they say different things (a day, then a part of day, then a time).</summary>
    public bool TryMerge(DateTimeToken next, out DateTimeToken merged)
    {
        merged = this;
        if ((DateKind != DateKind.None && next.DateKind != DateKind.None)
            || (PartOfDay != PartOfDay.None && next.PartOfDay != PartOfDay.None)
            || (Hour is not null && next.Hour is not null))
        {
            return false;
        }

        var date = DateKind != DateKind.None ? this : next;
        var time = Hour is not null ? this : next;
        merged = date with
        {
            Start = Math.Min(Start, next.Start),
            End = Math.Max(End, next.End),
            PartOfDay = PartOfDay != PartOfDay.None ? PartOfDay : next.PartOfDay,
            Hour = time.Hour,
            Minute = time.Minute,
            ExactHour = time.ExactHour,
        };
        return true;
    }
}
