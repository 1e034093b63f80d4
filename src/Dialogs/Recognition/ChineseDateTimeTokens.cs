using System.Text.RegularExpressions;

namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// The pieces of a Chinese date-time: days (今天, 明天, 后天, 大后天, 周六, 这周五, 下周二, 下周末, 11月30号, 30号, 三天后,
/// 过两天), parts of day (早上, 上午, 中午, 下午, 傍晚, 晚上, 今晚, 明早) and clock times (3点, 十点, 3点半, 3点15分, 三点一刻).
/// </summary>
internal static partial class ChineseDateTimeTokens
{
    public static void Collect(string folded, List<DateTimeToken> tokens)
    {
        for (var match = Day().Match(folded); match.Success; match = match.NextMatch())
        {
            tokens.Add(ReadDay(match));
        }

        for (var match = PartOfDayWord().Match(folded); match.Success; match = match.NextMatch())
        {
            tokens.Add(new DateTimeToken(match.Index, match.Index + match.Length) { PartOfDay = PartOf(match.ValueSpan) });
        }

        for (var match = Clock().Match(folded); match.Success; match = match.NextMatch())
        {
            var token = ReadClock(match);
            if (token is { } clock)
            {
                tokens.Add(clock);
            }
        }
    }

    private static DateTimeToken ReadDay(Match match)
    {
        var token = new DateTimeToken(match.Index, match.Index + match.Length);
        var groups = match.Groups;
        if (groups["rel"].Success)
        {
            return token with { DateKind = DateKind.DaysFromToday, Days = RelativeDays(groups["rel"].ValueSpan) };
        }

        if (groups["wd"].Success)
        {
            return token with { DateKind = DateKind.Weekday, Days = Weekday(groups["wd"].ValueSpan[0]), WeekOffset = WeekOffset(groups["wmod"]) };
        }

        if (groups["week"].Success)
        {
            return token with { DateKind = DateKind.Weekday, Days = 1, WeekOffset = WeekOffset(groups["week"]) };
        }

        if (groups["weekend"].Success)
        {
            return token with { DateKind = DateKind.Weekday, Days = 6, WeekOffset = WeekOffset(groups["wemod"]) };
        }

        if (groups["mo"].Success)
        {
            return token with { DateKind = DateKind.MonthDay, Year = Number(groups["y"]), Month = Number(groups["mo"]), Day = Number(groups["d"]) };
        }

        if (groups["n"].Success)
        {
            return token with { DateKind = DateKind.DaysFromToday, Days = Number(groups["n"]) };
        }

        return token with { DateKind = DateKind.DayOfMonth, Day = Number(groups["dom"]) };
    }

    private static DateTimeToken? ReadClock(Match match)
    {
        var groups = match.Groups;
        var hour = Number(groups["h"]);
        var minute = groups["half"].Success ? 30
            : groups["q1"].Success ? 15
            : groups["q3"].Success ? 45
            : Number(groups["m"]);
        if (hour < 0 || minute < 0)
        {
            return null;
        }

        return new DateTimeToken(match.Index, match.Index + match.Length) { Hour = hour, Minute = minute };
    }

    private static int RelativeDays(ReadOnlySpan<char> word) => word switch
    {
        "大后天" => 3,
        "后天" => 2,
        "明天" or "明日" or "明儿" or "明" => 1,
        _ => 0,
    };

    private static int Weekday(char c) => c switch
    {
        '一' or '1' => 1,
        '二' or '2' => 2,
        '三' or '3' => 3,
        '四' or '4' => 4,
        '五' or '5' => 5,
        '六' or '6' => 6,
        _ => 7,
    };

    private static int WeekOffset(Group modifier) => !modifier.Success
        ? DateTimeToken.NearestWeek
        : modifier.ValueSpan.StartsWith("下下") ? 2 : modifier.ValueSpan.StartsWith("下") ? 1 : 0;

    private static PartOfDay PartOf(ReadOnlySpan<char> word) => word switch
    {
        "中午" => PartOfDay.Noon,
        "下午" => PartOfDay.Afternoon,
        "傍晚" or "晚上" or "夜里" or "晚" => PartOfDay.Evening,
        _ => PartOfDay.Morning,
    };

    /// <summary>A group's number (Arabic or Chinese), 0 when the group is absent, -1 when unreadable.</summary>
    private static int Number(Group group)
    {
        if (!group.Success || group.Length == 0)
        {
            return 0;
        }

        return ChineseNumber.TryParse(group.ValueSpan, out var value) && value == decimal.Truncate(value) && value < 10_000 ? (int)value : -1;
    }

    [GeneratedRegex(
        @"(?<rel>大后天|后天|明天|明日|明儿|今天|今日|今儿|今(?=[早晚])|明(?=[早晚]))"
        + @"|(?<wmod>下下个?|下个?|这个?|本)?(?:周|星期|礼拜)(?<wd>[一二三四五六日天1-7])"
        + @"|(?<week>下下个?|下个?)(?:周|星期|礼拜)(?![一二三四五六日天1-7末])"
        + @"|(?<weekend>(?<wemod>这个?|本|下个?)?周末)"
        + @"|(?:(?<y>\d{4})年)?(?<mo>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?(?<d>[0-3]?[0-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?:日|号)?"
        + @"|(?<n>\d{1,2}|[一两二三四五六七八九十]{1,2})(?:天|日)(?:后|以后|之后)|过(?<n>\d|[一两二三四五六七八九十])天"
        + @"|(?<dom>[0-3]?[0-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?:号|日)(?![元子常])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Day();

    [GeneratedRegex(@"(?:早上|早晨|清早|上午|中午|下午|傍晚|晚上|夜里)(?!好)|(?<=[今明])[早晚](?![点些])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex PartOfDayWord();

    // 一点 and 两点 after 早/快/便宜… are "a bit earlier / faster / cheaper", not 1 or 2 o'clock.
    [GeneratedRegex(
        @"(?<h>[0-2]?[0-9]|(?![一两]点)[零一两二三四五六七八九十]{1,3}|(?<![早晚快慢宜些好大小高低多少有差])[一两])(?:点|點|时)钟?(?:(?<half>半)|(?<q1>一刻)|(?<q3>三刻)|(?<m>[0-5][0-9]|[0-9](?![0-9])|[零〇一二三四五六七八九十]{1,3})分?)?(?![点儿])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Clock();
}
