using ContactHub.Channels;
using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Resources;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using ContactHub.Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Dialogs;

/// <summary>
/// Booking end to end: the real hub with its seeded demo records (SQLite) and conversation state on a real Redis. The
/// customer is a demo owner of one car whose channel identity is bound, as after BindIdentityDialog.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class BookingThroughThePipelineTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string Zh = "zh-CN";
    private PipelineHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new PipelineHost(redis.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task BooksAFreeSlotOfTheDayAfterTomorrowThroughThePipeline()
    {
        var (key, customer) = await BoundOwnerOfOneCarAsync(_host);

        await OfferSlotsOfTheDayAfterTomorrowAsync(_host, key);
        Assert.Contains(Strings.BookingConfirm(Zh, "", "", "").Split('\n')[0], await SendAsync(_host, key, "1"), StringComparison.Ordinal);
        var booked = await SendAsync(_host, key, "是");

        var appointment = await SingleAppointmentAsync(_host, customer.Id);
        Assert.Equal((ServiceType.RegularMaintenance, AppointmentStatus.Booked, key.Channel), (appointment.ServiceType, appointment.Status, appointment.SourceChannel));
        Assert.Equal(DayAfterTomorrow(), DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(appointment.StartsAt, DealerTimeZone.Default).DateTime));
        Assert.Contains("预约成功", booked, StringComparison.Ordinal);
        Assert.Contains(Show(appointment.StartsAt), booked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABookingStartedBeforeAHubRestartIsCompletedAfterIt()
    {
        var (key, customer) = await BoundOwnerOfOneCarAsync(_host);
        var offered = await OfferSlotsOfTheDayAfterTomorrowAsync(_host, key);
        await _host.DisposeAsync();

        _host = new PipelineHost(redis.ConnectionString, _host.RecordsPath);
        Assert.Contains(offered[1], await SendAsync(_host, key, "2"), StringComparison.Ordinal);
        var booked = await SendAsync(_host, key, "是");

        var appointment = await SingleAppointmentAsync(_host, customer.Id);
        Assert.Equal(offered[1], Show(appointment.StartsAt));
        Assert.Contains("预约成功", booked, StringComparison.Ordinal);
    }

    /// <summary>预约 → 常规保养 → 后天; returns the offered slot titles.</summary>
    private static async Task<string[]> OfferSlotsOfTheDayAfterTomorrowAsync(PipelineHost host, ConversationKey key)
    {
        Assert.Equal(Strings.BookingAskService(Zh), await SendAsync(host, key, "预约"));
        Assert.Equal(Strings.BookingAskDateTime(Zh), await SendAsync(host, key, "常规保养"));
        var outcome = await host.SendAsync(key, "后天");
        var offer = Assert.Single(outcome.Replies);
        Assert.Equal(Strings.BookingSlotsOnDay(Zh, AppointmentText.Day(DayAfterTomorrow(), Zh)), offer.Text);
        var titles = offer.SuggestedActions!.Actions.Select(a => a.Title!).ToArray();
        Assert.True(titles.Length >= 3, "Expected free slots the day after tomorrow: " + string.Join(", ", titles));
        return titles;
    }

    private static async Task<string> SendAsync(PipelineHost host, ConversationKey key, string text) =>
        string.Join("\n", (await host.SendAsync(key, text)).Replies.Select(r => r.Text));

    private static async Task<(ConversationKey Key, CustomerInfo Customer)> BoundOwnerOfOneCarAsync(PipelineHost host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        var ownerId = await db.Customers
            .Where(c => db.Vehicles.Count(v => v.CustomerId == c.Id) == 1 && !db.Appointments.Any(a => a.CustomerId == c.Id))
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var key = TestActivities.NewKey();
        var customers = host.Services.GetRequiredService<ICustomerDirectory>();
        Assert.True(await customers.LinkChannelIdentityAsync(ownerId, key.Channel, key.UserId, CancellationToken.None));
        return (key, (await customers.FindByChannelIdentityAsync(key.Channel, key.UserId, CancellationToken.None))!);
    }

    private static async Task<Appointment> SingleAppointmentAsync(PipelineHost host, long customerId)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        return await db.Appointments.AsNoTracking().SingleAsync(a => a.CustomerId == customerId);
    }

    private static DateOnly DayAfterTomorrow() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, DealerTimeZone.Default).DateTime).AddDays(2);

    private static string Show(DateTimeOffset instant) => AppointmentText.Time(TimeZoneInfo.ConvertTime(instant, DealerTimeZone.Default), Zh);
}
