using ContactHub.Dialogs.Resources;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Hub.Tests.WebChat;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>The after-hours notice through the real pipeline, from the records' workshop calendar, on a moved clock.</summary>
public sealed class AfterHoursNoticeTests : IAsyncLifetime
{
    private readonly MovableTimeProvider _clock = new();
    private DeskHost Host { get; set; } = null!;

    public async Task InitializeAsync()
    {
        Host = new DeskHost(opensAt: null, closesAt: null, services: s => s.AddSingleton<TimeProvider>(_clock));
        await using var db = await Host.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        await db.EnsureCalendarAsync(CancellationToken.None);
        var calendar = await db.WorkshopCalendars.Include(c => c.Hours).Include(c => c.Holidays).SingleAsync();
        calendar.Hours.RemoveAll(h => h.Day == DayOfWeek.Sunday);
        calendar.Holidays.Add(new WorkshopHoliday { Date = new DateOnly(2026, 12, 31), Name = "年终盘点" });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task OnAClosedSundayTheCustomerIsToldAgentsStartOnMonday()
    {
        MoveClockTo(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.FromHours(8)));

        var outcome = await Host.SendAsync(TestActivities.NewKey(), "人工");

        Assert.Equal(Strings.HandoffAfterHours("zh-CN", new DateTime(2026, 11, 30, 8, 30, 0)), Assert.Single(outcome.Replies).Text);
        Assert.Contains("11月30日（星期一）08:30", outcome.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnAHolidayTheCustomerIsToldTheNextWorkingDay()
    {
        MoveClockTo(new DateTimeOffset(2026, 12, 31, 11, 0, 0, TimeSpan.FromHours(8)));

        var outcome = await Host.SendAsync(TestActivities.NewKey(), "agent", "en");

        Assert.Equal(Strings.HandoffAfterHours("en", new DateTime(2027, 1, 1, 8, 30, 0)), Assert.Single(outcome.Replies).Text);
    }

    [Fact]
    public async Task InTheCalendarsHoursTheCustomerHearsAboutTheQueueInstead()
    {
        MoveClockTo(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(8)));

        var outcome = await Host.SendAsync(TestActivities.NewKey(), "人工");

        Assert.Equal(Strings.HandoffNoAgentOnline("zh-CN", "30"), Assert.Single(outcome.Replies).Text);
    }

    private void MoveClockTo(DateTimeOffset at) => _clock.Advance(at - _clock.GetUtcNow());
}
