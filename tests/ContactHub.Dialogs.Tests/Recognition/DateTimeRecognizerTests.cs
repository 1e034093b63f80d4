using ContactHub.Dialogs.Recognition;

namespace ContactHub.Dialogs.Tests.Recognition;

public sealed class DateTimeRecognizerTests
{
    // Wednesday 25 November 2026, 16:30 in Shanghai.
    private static readonly DateTimeOffset Wednesday = new(2026, 11, 25, 16, 30, 0, TimeSpan.FromHours(8));

    private static readonly DateTimeRecognizer Recognizer = new(DealerTimeZone.Default);

    private static DateTimeMatch Only(string text, string locale = "zh-CN", DateTimeOffset? now = null) =>
        Assert.Single(Recognizer.FindAll(text, locale, now ?? Wednesday));

    [Theory]
    [InlineData("周一", "2026-11-30")]
    [InlineData("星期二", "2026-12-01")]
    [InlineData("这周二", "2026-12-01")]
    [InlineData("周三", "2026-11-25")]
    [InlineData("Monday", "2026-11-30")]
    [InlineData("11月1号", "2027-11-01")]
    [InlineData("20号", "2026-12-20")]
    [InlineData("30号", "2026-11-30")]
    public void RollsADayLeftOpenForwardPastToday(string text, string date) =>
        Assert.Equal(date, Only(text).Value);

    [Fact]
    public void RollsATimeWithoutADayToTomorrowOnceItHasPassed() =>
        Assert.Equal("2026-11-26T16:00:00+08:00", Only("下午4点").Value);

    [Fact]
    public void RollsTodaysWeekdayToNextWeekWhenItsTimeHasPassed() =>
        Assert.Equal("2026-12-02T10:00:00+08:00", Only("周三上午10点").Value);

    [Fact]
    public void KeepsAnExplicitDayEvenWhenItIsPastForTheDialogToQuestion() =>
        Assert.Equal("2026-11-25T09:00:00+08:00", Only("今天上午9点").Value);

    [Theory]
    [InlineData("明天上午", "2026-11-26T09:00:00+08:00")]
    [InlineData("明天早上", "2026-11-26T09:00:00+08:00")]
    [InlineData("明天中午", "2026-11-26T12:00:00+08:00")]
    [InlineData("明天下午", "2026-11-26T14:00:00+08:00")]
    [InlineData("明天傍晚", "2026-11-26T19:00:00+08:00")]
    [InlineData("明天晚上", "2026-11-26T19:00:00+08:00")]
    [InlineData("tomorrow morning", "2026-11-26T09:00:00+08:00")]
    [InlineData("tomorrow afternoon", "2026-11-26T14:00:00+08:00")]
    [InlineData("tomorrow evening", "2026-11-26T19:00:00+08:00")]
    public void GivesAPartOfDayItsDefaultHourAndSaysTheTimeWasInferred(string text, string value)
    {
        var match = Only(text, text.StartsWith('t') ? "en" : "zh-CN");
        Assert.Equal(value, match.Value);
        Assert.True(match.TimeInferred);
    }

    [Theory]
    [InlineData("明天上午10点", "2026-11-26T10:00:00+08:00")]
    [InlineData("明天下午3点", "2026-11-26T15:00:00+08:00")]
    [InlineData("明天晚上8点", "2026-11-26T20:00:00+08:00")]
    [InlineData("明天中午12点", "2026-11-26T12:00:00+08:00")]
    [InlineData("明天中午1点", "2026-11-26T13:00:00+08:00")]
    [InlineData("明天三点", "2026-11-26T15:00:00+08:00")]
    [InlineData("明天8点", "2026-11-26T08:00:00+08:00")]
    [InlineData("明天15:30", "2026-11-26T15:30:00+08:00")]
    [InlineData("tomorrow 3am", "2026-11-26T03:00:00+08:00")]
    [InlineData("tomorrow 12pm", "2026-11-26T12:00:00+08:00")]
    [InlineData("tomorrow 12am", "2026-11-26T00:00:00+08:00")]
    public void ShiftsAnHourByItsPartOfDayAndByBusinessHours(string text, string value)
    {
        var match = Only(text, text.StartsWith('t') ? "en" : "zh-CN");
        Assert.Equal(value, match.Value);
        Assert.False(match.TimeInferred);
    }

    [Fact]
    public void LeavesTheTimeUnknownWhenOnlyADayIsSaid()
    {
        var match = Only("后天");
        Assert.Null(match.Time);
        Assert.Null(match.Moment);
        Assert.Equal("2026-11-27", match.Value);
    }

    [Fact]
    public void MergesPiecesInAnyOrderIntoOneDateTimeWithTheWholeSpan()
    {
        var match = Only("ok, 3pm on Saturday then", "en");
        Assert.Equal("2026-11-28T15:00:00+08:00", match.Value);
        Assert.Equal(4, match.Start);
        Assert.Equal("3pm on Saturday".Length, match.Length);
    }

    [Fact]
    public void FindsTwoDateTimesSeparatedByWords()
    {
        var matches = Recognizer.FindAll("把周五的保养改到下周一下午", "zh-CN", Wednesday);
        Assert.Equal(["2026-11-27", "2026-11-30T14:00:00+08:00"], matches.Select(m => m.Value), StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("下午好")]
    [InlineData("早上好")]
    [InlineData("good morning")]
    [InlineData("早一点可以吗")]
    [InlineData("能便宜一点吗")]
    [InlineData("一点点")]
    [InlineData("明白了")]
    [InlineData("晚点再说")]
    [InlineData("2月30号")]
    [InlineData("25点")]
    public void FindsNoDateTimeInGreetingsVagueWordsOrImpossibleDates(string text) =>
        Assert.Empty(Recognizer.FindAll(text, text.StartsWith('g') ? "en" : "zh-CN", Wednesday));

    [Fact]
    public void ResolvesInTheDealersTimeZoneWhateverTheOffsetOfNow()
    {
        var utcEvening = new DateTimeOffset(2026, 11, 25, 17, 0, 0, TimeSpan.Zero);
        Assert.Equal("2026-11-27T15:00:00+08:00", Only("明天下午3点", now: utcEvening).Value);
    }

    [Fact]
    public void UsesTheOffsetOfTheResolvedDateInAZoneWithDaylightSaving()
    {
        var newYork = new DateTimeRecognizer(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        var beforeTheChange = new DateTimeOffset(2026, 10, 30, 10, 0, 0, TimeSpan.FromHours(-4));
        var match = Assert.Single(newYork.FindAll("next Tuesday 10am", "en", beforeTheChange));
        Assert.Equal("2026-11-03T10:00:00-05:00", match.Value);
    }

    [Theory]
    [InlineData("5/6", "en", "2027-06-05")]
    [InlineData("5/6", "en-US", "2027-05-06")]
    [InlineData("5/6", "zh-CN", "2027-05-06")]
    [InlineData("13/6", "en-US", "2027-06-13")]
    [InlineData("2026-12-24", "en", "2026-12-24")]
    public void ReadsNumericDatesByLocaleUnlessTheNumbersDecide(string text, string locale, string value) =>
        Assert.Equal(value, Only(text, locale).Value);
}
