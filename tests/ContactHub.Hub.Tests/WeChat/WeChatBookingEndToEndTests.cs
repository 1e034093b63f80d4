using ContactHub.Channels;
using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Resources;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using ContactHub.Hub.Tests.Fakes;
using ContactHub.Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.WeChat;

/// <summary>
/// Issue 4's proof: a demo owner who follows the account books a service appointment over WeChat in safe mode, end to
/// end. Every push is AES-encrypted and signed as WeChat does it; each answer is either an encrypted passive reply
/// (whose MsgSignature is checked and whose XML is decrypted) or <c>success</c> followed by customer-service messages
/// at the fake WeChat API; the appointment is in the records at the end.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class WeChatBookingEndToEndTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string Zh = "zh-CN";
    private readonly FakeWeChatServer _api = new();
    private WeChatHubHost _hub = null!;

    public Task InitializeAsync()
    {
        _hub = new WeChatHubHost(_api, redis.ConnectionString, appId: "wx" + Guid.NewGuid().ToString("N")[..16]);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task DemoOwnerBooksAServiceAppointmentInSafeMode()
    {
        var (customerId, mobile) = await OwnerOfOneCarWithoutAppointmentsAsync();
        var openId = WeChatHubHost.NewOpenId();

        Assert.Contains("手机号码", await SayAsync(openId, "预约"), StringComparison.Ordinal);
        var askService = await SayAsync(openId, mobile[3..]);
        Assert.StartsWith(Strings.BookingAskService(Zh), askService, StringComparison.Ordinal);
        Assert.StartsWith(Strings.BookingAskDateTime(Zh), await SayAsync(openId, "常规保养"), StringComparison.Ordinal);
        var offer = await SayAsync(openId, "后天");
        Assert.Contains("回复 1 ", offer, StringComparison.Ordinal);
        Assert.Contains(Strings.BookingConfirm(Zh, "", "", "").Split('\n')[0], await SayAsync(openId, "1"), StringComparison.Ordinal);
        var booked = await SayAsync(openId, "是");

        var appointment = await SingleAppointmentAsync(customerId);
        Assert.Equal((ServiceType.RegularMaintenance, AppointmentStatus.Booked, ChannelIds.WeChat), (appointment.ServiceType, appointment.Status, appointment.SourceChannel));
        Assert.Contains("预约成功", booked, StringComparison.Ordinal);
        Assert.Contains(AppointmentText.Time(TimeZoneInfo.ConvertTime(appointment.StartsAt, DealerTimeZone.Default), Zh), booked, StringComparison.Ordinal);
        var transcript = await _hub.WaitForTranscriptAsync(openId, entries: 12);
        Assert.Equal(6, transcript.Count(t => t.Direction == TranscriptDirection.Inbound));
        Assert.All(transcript.Where(t => t.Direction == TranscriptDirection.Outbound), t => Assert.Equal("accepted", t.DeliveryStatus));
    }

    /// <summary>What the owner reads after sending <paramref name="text"/>: the decrypted passive reply, or the customer-service messages.</summary>
    private async Task<string> SayAsync(string openId, string text)
    {
        var before = _api.CustomerServiceMessages.Count;
        var response = await _hub.PostSafeAsync(WeChatHubHost.Text(openId, text));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        if (body != "success")
        {
            return _hub.OpenEncryptedReply(body)["Content"]!;
        }

        var sent = await _api.WaitForCustomerServiceMessagesAsync(before + 1);
        return string.Join("\n", sent.Skip(before).Select(m => m.ShownText));
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
