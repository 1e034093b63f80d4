using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Tests.Dealership;

public sealed class AppointmentTextTests
{
    private static readonly DateTimeOffset SaturdayAtThree = new(2026, 11, 28, 15, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(DialogLocale.Chinese, "11月28日（周六）15:00")]
    [InlineData(DialogLocale.English, "Sat Nov 28, 15:00")]
    public void ShowsATimeAsItsDayAndClockTime(string locale, string expected) =>
        Assert.Equal(expected, AppointmentText.Time(SaturdayAtThree, locale));

    [Theory]
    [InlineData(DialogLocale.Chinese, "11月28日（周六）")]
    [InlineData(DialogLocale.English, "Sat Nov 28")]
    public void ShowsADay(string locale, string expected) =>
        Assert.Equal(expected, AppointmentText.Day(DateOnly.FromDateTime(SaturdayAtThree.DateTime), locale));
}
