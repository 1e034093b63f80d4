using ContactHub.Dialogs.Recognition;
using ContactHub.Hub.Campaigns.Rules;
using Microsoft.Extensions.Time.Testing;

namespace ContactHub.Hub.Tests.Campaigns;

public sealed class QuietHoursTests
{
    private static readonly TimeOnly Start = new(21, 0);
    private static readonly TimeOnly End = new(8, 30);
    private static readonly TimeZoneInfo Shanghai = DealerTimeZone.Default;

    [Theory]
    [InlineData(21, 0, "2026-11-28T00:30:00Z")] // 21:00 Shanghai: next morning 08:30 (00:30 UTC)
    [InlineData(23, 59, "2026-11-28T00:30:00Z")]
    [InlineData(6, 0, "2026-11-27T00:30:00Z")] // 06:00: this morning 08:30
    public void AMessagePlannedInQuietHoursWaitsUntilHalfPastEight(int hour, int minute, string expected)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, hour, minute, 0, TimeSpan.FromHours(8)));

        var notBefore = QuietHours.NotBefore(clock.GetUtcNow(), Shanghai, Start, End);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), notBefore);
    }

    [Fact]
    public void DaytimeMessagesGoAtOnceAndTheClockDecidesWhenTheyWait()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 8, 30, 0, TimeSpan.FromHours(8)));
        Assert.Null(QuietHours.NotBefore(clock.GetUtcNow(), Shanghai, Start, End));

        clock.Advance(TimeSpan.FromHours(12.5) - TimeSpan.FromMinutes(1)); // 20:59
        Assert.Null(QuietHours.NotBefore(clock.GetUtcNow(), Shanghai, Start, End));

        clock.Advance(TimeSpan.FromMinutes(1)); // 21:00
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 8, 30, 0, TimeSpan.FromHours(8)), QuietHours.NotBefore(clock.GetUtcNow(), Shanghai, Start, End));
    }

    [Fact]
    public void QuietHoursWithinOneDayWork()
    {
        var noon = new DateTimeOffset(2026, 11, 27, 12, 15, 0, TimeSpan.FromHours(8));

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 14, 0, 0, TimeSpan.FromHours(8)), QuietHours.NotBefore(noon, Shanghai, new TimeOnly(12, 0), new TimeOnly(14, 0)));
    }
}
