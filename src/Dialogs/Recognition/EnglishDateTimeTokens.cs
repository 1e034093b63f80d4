using System.Text.RegularExpressions;

namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// The pieces of an English date-time: days (today, tomorrow, the day after tomorrow, Saturday, next Tuesday, this
/// weekend, Nov 30, 30 Nov, 30/11, 2026-11-30, in 2 days), parts of day (morning, afternoon, evening, tonight, noon)
/// and clock times (3pm, 10:30, 10.30am, at 3, 3 o'clock). Numeric dates and clock times are also read in Chinese text
/// (明天3pm, 11/30, 下午3:30).
/// </summary>
internal static partial class EnglishDateTimeTokens
{
    public static void Collect(string folded, string locale, List<DateTimeToken> tokens)
    {
        for (var match = Day().Match(folded); match.Success; match = match.NextMatch())
        {
            if (ReadDay(match, locale) is { } day)
            {
                tokens.Add(day);
            }
        }

        for (var match = PartOfDayWord().Match(folded); match.Success; match = match.NextMatch())
        {
            var token = new DateTimeToken(match.Index, match.Index + match.Length) { PartOfDay = PartOf(match.Groups["pod"].ValueSpan) };
            tokens.Add(match.Groups["this"].Success ? token with { DateKind = DateKind.DaysFromToday } : token);
        }

        for (var match = Clock().Match(folded); match.Success; match = match.NextMatch())
        {
            if (ReadClock(match) is { } clock)
            {
                tokens.Add(clock);
            }
        }
    }

    private static DateTimeToken? ReadDay(Match match, string locale)
    {
        var token = new DateTimeToken(match.Index, match.Index + match.Length);
        var groups = match.Groups;
        if (groups["rel"].Success)
        {
            var rel = groups["rel"].ValueSpan;
            return rel.EndsWith("after tomorrow") ? token with { DateKind = DateKind.DaysFromToday, Days = 2 }
                : rel is "tonight" ? token with { DateKind = DateKind.DaysFromToday, PartOfDay = PartOfDay.Evening }
                : token with { DateKind = DateKind.DaysFromToday, Days = rel is "today" ? 0 : 1 };
        }

        if (groups["wd"].Success || groups["weekend"].Success)
        {
            var modifier = groups["wmod"].ValueSpan;
            var offset = modifier.IsEmpty || modifier.EndsWith("coming") ? DateTimeToken.NearestWeek : modifier is "next" ? 1 : 0;
            return token with { DateKind = DateKind.Weekday, Days = groups["wd"].Success ? Weekday(groups["wd"].ValueSpan) : 6, WeekOffset = offset };
        }

        if (groups["week"].Success)
        {
            return token with { DateKind = DateKind.Weekday, Days = 1, WeekOffset = 1 };
        }

        if (groups["n"].Success)
        {
            var n = groups["n"].ValueSpan is "a" or "an" ? 1 : Ordinal.TryParse(groups["n"].Value, out var words) ? words : 0;
            return token with { DateKind = DateKind.DaysFromToday, Days = groups["unit"].ValueSpan.StartsWith("week") ? 7 * n : n };
        }

        if (groups["mon"].Success)
        {
            return token with { DateKind = DateKind.MonthDay, Month = Month(groups["mon"].ValueSpan), Day = Int(groups["d"]), Year = Int(groups["y"]) };
        }

        return ReadNumericDate(token, groups, locale);
    }

    /// <summary>
    /// 2026-11-30 is unambiguous. For a/b, a number above 12 decides; otherwise en-US reads month/day, other English
    /// day/month (30/11 is how dealers in Hong Kong and the UK write), and Chinese month/day (11/30).
    /// </summary>
    private static DateTimeToken? ReadNumericDate(DateTimeToken token, GroupCollection groups, string locale)
    {
        if (groups["iy"].Success)
        {
            return token with { DateKind = DateKind.MonthDay, Year = Int(groups["iy"]), Month = Int(groups["im"]), Day = Int(groups["id"]) };
        }

        var a = Int(groups["a"]);
        var b = Int(groups["b"]);
        var dayFirst = a > 12 || (b <= 12 && Runtime.DialogLocale.IsEnglish(locale) && !locale.Equals("en-US", StringComparison.OrdinalIgnoreCase));
        var year = Int(groups["y"]);
        year = year is > 0 and < 100 ? 2000 + year : year;
        return token with { DateKind = DateKind.MonthDay, Month = dayFirst ? b : a, Day = dayFirst ? a : b, Year = year };
    }

    private static DateTimeToken? ReadClock(Match match)
    {
        var groups = match.Groups;
        var hour = Int(groups["h"]);
        var minute = Int(groups["m"]);
        var meridiem = groups["ap"].ValueSpan;
        if (meridiem.IsEmpty)
        {
            // 15:30 needs no am/pm; 3:30 is left to the business-hours rule in DateTimeResolver.
            return new DateTimeToken(match.Index, match.Index + match.Length) { Hour = hour, Minute = minute, ExactHour = hour > 12 };
        }

        if (hour is < 1 or > 12)
        {
            return null;
        }

        hour = meridiem[0] == 'p' ? (hour % 12) + 12 : hour % 12;
        return new DateTimeToken(match.Index, match.Index + match.Length) { Hour = hour, Minute = minute, ExactHour = true };
    }

    private static PartOfDay PartOf(ReadOnlySpan<char> word) => word switch
    {
        "morning" => PartOfDay.Morning,
        "noon" or "midday" => PartOfDay.Noon,
        "afternoon" => PartOfDay.Afternoon,
        _ => PartOfDay.Evening,
    };

    private static int Weekday(ReadOnlySpan<char> name) => name[..2] switch
    {
        "mo" => 1,
        "tu" => 2,
        "we" => 3,
        "th" => 4,
        "fr" => 5,
        "sa" => 6,
        _ => 7,
    };

    private static int Month(ReadOnlySpan<char> name) => name[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private static int Int(Group group) => group.Success && int.TryParse(group.ValueSpan, out var value) ? value : 0;

    private const string Months = "january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec";

    [GeneratedRegex(
        @"(?<![a-z0-9/\-])(?:(?<rel>(?:the\s+)?day\s+after\s+tomorrow|tomorrow|tmrw|tmr|today|tonight)"
        + @"|(?:(?<wmod>this\s+coming|this|next|coming)\s+)?(?:(?<wd>monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun)|(?<weekend>weekend))"
        + @"|(?<week>next\s+week)"
        + @"|in\s+(?<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<unit>days?|weeks?)"
        + @"|(?<mon>" + Months + @")\.?\s*(?<d>[0-3]?[0-9])(?:st|nd|rd|th)?(?:,?\s*(?<y>20[0-9]{2}))?"
        + @"|(?<d>[0-3]?[0-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + Months + @")(?:,?\s*(?<y>20[0-9]{2}))?"
        + @"|(?<iy>20[0-9]{2})-(?<im>[01]?[0-9])-(?<id>[0-3]?[0-9])"
        + @"|(?<a>[0-3]?[0-9])/(?<b>[0-3]?[0-9])(?:/(?<y>(?:20)?[0-9]{2}))?)(?![a-z0-9/])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Day();

    [GeneratedRegex(@"(?<![a-z])(?<!good\s)(?:(?<this>this\s+)|in\s+the\s+)?(?<pod>morning|afternoon|evening|noon|midday|night)(?![a-z])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex PartOfDayWord();

    [GeneratedRegex(
        @"(?<![a-z0-9:.\-])(?:(?:at\s+|@\s*)?(?<h>[01]?[0-9])(?:[:.](?<m>[0-5][0-9]))?\s*(?<ap>a\.?m\.?|p\.?m\.?)(?![a-z])"
        + @"|(?:at\s+)?(?<h>[0-2]?[0-9]):(?<m>[0-5][0-9])(?![0-9])"
        + @"|(?<h>[01]?[0-9])\s*o'?clock|at\s+(?<h>[01]?[0-9])(?![0-9/:.]))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Clock();
}
