using System.Xml.Linq;
using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Resources;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using ContactHub.Hub.Sms;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Tests.Twilio;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Sms;

/// <summary>
/// Issue 5's proof: a demo owner books a service appointment by SMS from their own mobile, end to end. Every webhook is
/// signed with Twilio's algorithm, replies come back as TwiML or through the REST API of the fake Twilio server, the
/// status callbacks close the loop on every REST message, and the appointment is in the records at the end.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class SmsBookingEndToEndTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string Zh = "zh-CN";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly FakeTwilioServer _api = FakeTwilioServer.Start();
    private SmsHubHost _hub = null!;

    public Task InitializeAsync()
    {
        _hub = new SmsHubHost(_api, redis.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task DemoOwnerBooksAServiceAppointmentBySmsAndEveryRestMessageEndsDelivered()
    {
        var (customerId, mobile) = await OwnerOfOneCarWithoutAppointmentsAsync();

        var askService = await SayAsync(mobile, "预约");
        Assert.StartsWith(Strings.BookingAskService(Zh), askService, StringComparison.Ordinal);
        Assert.Contains("2 常规保养", askService, StringComparison.Ordinal);
        Assert.StartsWith(Strings.BookingAskDateTime(Zh), await SayAsync(mobile, "2"), StringComparison.Ordinal);
        var offer = await SayAsync(mobile, "后天");
        Assert.Contains("回复 1 ", offer, StringComparison.Ordinal);
        Assert.Contains(Strings.BookingConfirm(Zh, "", "", "").Split('\n')[0], await SayAsync(mobile, "1"), StringComparison.Ordinal);
        var booked = await SayAsync(mobile, "是");

        var appointment = await SingleAppointmentAsync(customerId);
        Assert.Equal((ServiceType.RegularMaintenance, AppointmentStatus.Booked, ContactHub.Channels.ChannelIds.Sms), (appointment.ServiceType, appointment.Status, appointment.SourceChannel));
        Assert.Contains("预约成功", booked, StringComparison.Ordinal);
        Assert.Contains(AppointmentText.Time(TimeZoneInfo.ConvertTime(appointment.StartsAt, DealerTimeZone.Default), Zh), booked, StringComparison.Ordinal);
        // The confirmation with date, time and address is longer than one SMS reply in TwiML: it goes out by REST.
        Assert.Contains(_api.Messages, m => (m.Body ?? "").Contains("预约成功", StringComparison.Ordinal));
        var statuses = _hub.Services.GetRequiredService<ISmsMessageStatusStore>();
        foreach (var sent in _api.Messages)
        {
            Assert.Equal((mobile, SmsHubHost.StatusCallbackUrl), (sent.To, sent.StatusCallback));
            await CloseTheLoopAsync(sent);
            var record = await statuses.GetAsync(sent.Sid, CancellationToken.None);
            Assert.Equal(("delivered", mobile), (record?.Status, record?.To));
        }
    }

    /// <summary>What the owner reads after texting <paramref name="text"/>: the TwiML message, or the REST messages the turn sent.</summary>
    private async Task<string> SayAsync(string mobile, string text)
    {
        var before = _api.Messages.Count;
        var response = await _hub.SendTextAsync(mobile, text);
        response.EnsureSuccessStatusCode();
        var twiml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var inline = twiml.Root!.Elements("Message").Select(m => m.Value).ToList();
        if (inline.Count > 0)
        {
            return string.Join("\n", inline);
        }

        var sent = await _api.WaitForMessagesAsync(before + 1, Wait);
        return string.Join("\n", sent.Skip(before).Select(m => m.Body));
    }

    /// <summary>Twilio's callbacks for one message, in the order a handset's delivery report produces them.</summary>
    private async Task CloseTheLoopAsync(FakeTwilioServerMessage sent)
    {
        foreach (var status in (string[])["queued", "sent", "delivered"])
        {
            Assert.Equal(System.Net.HttpStatusCode.NoContent, (await _hub.PostStatusAsync(sent, status)).StatusCode);
        }
    }

    private async Task<(long CustomerId, string Mobile)> OwnerOfOneCarWithoutAppointmentsAsync()
    {
        await using var db = await _hub.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        var owner = await db.Customers
            .Where(c => c.Mobile != null && c.Mobile.StartsWith("+861390000")
                && db.Vehicles.Count(v => v.CustomerId == c.Id) == 1 && !db.Appointments.Any(a => a.CustomerId == c.Id))
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.Mobile }).FirstAsync();
        return (owner.Id, owner.Mobile!);
    }

    private async Task<Appointment> SingleAppointmentAsync(long customerId)
    {
        await using var db = await _hub.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        return await db.Appointments.AsNoTracking().SingleAsync(a => a.CustomerId == customerId);
    }
}
