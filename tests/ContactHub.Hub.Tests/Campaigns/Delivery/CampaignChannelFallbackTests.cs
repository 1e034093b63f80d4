using ContactHub.Channels;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Outbound;
using ContactHub.Hub.Outbox;
using ContactHub.Hub.Tests.Fakes;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Hub.Tests.WeChat;
using ContactHub.Hub.WeChat;
using ContactHub.Tests.Twilio;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Campaigns.Delivery;

/// <summary>
/// WeChat first, then SMS: a customer-service message inside the 48 h window, a template message outside it, SMS when
/// WeChat refuses for good. The far sides are the loopback WeChat and Twilio fakes; the hub runs on a real Redis.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class CampaignChannelFallbackTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly FakeWeChatServer _weChat = new();
    private FakeTwilioServer _twilio = null!;
    private CampaignHubHost _host = null!;

    public Task InitializeAsync()
    {
        _twilio = FakeTwilioServer.Start();
        _host = new CampaignHubHost(
            redis.ConnectionString, weChat: _weChat, twilio: _twilio,
            settings: new Dictionary<string, string>(StringComparer.Ordinal) { ["Outbox:RetryBaseDelay"] = "00:00:00.050", ["Outbox:RetryMaxDelay"] = "00:00:00.100" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _twilio.DisposeAsync();
        await _weChat.DisposeAsync();
    }

    [Fact]
    public async Task InsideTheWindowTheReminderIsACustomerServiceMessage()
    {
        var (stamp, key) = await ReminderToNewWeChatUserAsync(skip: 0);
        await _host.Services.GetRequiredService<IWeChatServiceWindowStore>().OpenAsync(key, WeChatServiceWindowKind.Message, DateTimeOffset.UtcNow, CancellationToken.None);

        await CampaignTestData.EnqueueAsync(_host, stamp, key);

        var row = await _host.WaitForRowAsync(stamp.DeliveryKey, r => r.Status != CampaignDeliveryStatus.Queued);
        Assert.Equal((CampaignDeliveryStatus.Sent, ChannelIds.WeChat), (row.Status, row.Channel));
        var sent = Assert.Single(_weChat.CustomerServiceMessages);
        Assert.Contains(stamp.Plate!, sent.ShownText, StringComparison.Ordinal);
        Assert.DoesNotContain(_weChat.Received, r => r.Path == FakeWeChatServer.TemplateSendPath);
    }

    [Fact]
    public async Task OutsideTheWindowTheReminderIsATemplateMessageAndItsJobFinishMarksItDelivered()
    {
        var (stamp, key) = await ReminderToNewWeChatUserAsync(skip: 1);

        await CampaignTestData.EnqueueAsync(_host, stamp, key);

        var row = await _host.WaitForRowAsync(stamp.DeliveryKey, r => r.Status != CampaignDeliveryStatus.Queued);
        Assert.Equal((CampaignDeliveryStatus.Sent, ChannelIds.WeChat), (row.Status, row.Channel));
        Assert.Empty(_weChat.CustomerServiceMessages);
        var send = Assert.Single(_weChat.Received, r => r.Path == FakeWeChatServer.TemplateSendPath);
        Assert.Equal(CampaignHubHost.ReminderTemplateId, send.Json.GetProperty("template_id").GetString());
        Assert.Equal(stamp.Plate, send.Json.GetProperty("data").GetProperty("keyword1").GetProperty("value").GetString());
        Assert.Equal(send.AnsweredMsgId, row.ChannelMessageId);

        var finished = CampaignHubHost.TemplateSendJobFinish(key.UserId, send.AnsweredMsgId!, "success");
        Assert.True((await _host.PostWeChatAsync(finished)).IsSuccessStatusCode);
        var delivered = await _host.RowAsync(stamp.DeliveryKey);
        Assert.Equal(CampaignDeliveryStatus.Delivered, delivered.Status);
        Assert.NotNull(delivered.DeliveredAt);
    }

    [Fact]
    public async Task AnUnsubscribedWeChatUserGetsTheReminderBySmsAndTheStatusCallbackMarksItDelivered()
    {
        var (stamp, key) = await ReminderToNewWeChatUserAsync(skip: 2);
        await _host.Services.GetRequiredService<IChannelIdentityStatusStore>().SetActiveAsync(key, active: false, CancellationToken.None);
        var mobile = await MobileAsync(stamp.CustomerId);

        await CampaignTestData.EnqueueAsync(_host, stamp, key);

        var row = await _host.WaitForRowAsync(stamp.DeliveryKey, r => r.Status != CampaignDeliveryStatus.Queued);
        Assert.Equal((CampaignDeliveryStatus.Sent, ChannelIds.Sms, mobile), (row.Status, row.Channel, row.UserId));
        Assert.Contains("unsubscribed", row.Reason, StringComparison.Ordinal);
        var sms = Assert.Single(_twilio.Messages);
        Assert.Equal(mobile, sms.To);
        Assert.Contains(stamp.Plate!, sms.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(_weChat.Received, r => r.Path != FakeWeChatServer.StableTokenPath);

        Assert.Equal(sms.Sid, row.ChannelMessageId);

        Assert.True((await _host.PostSmsStatusAsync(sms, "delivered")).IsSuccessStatusCode);
        Assert.Equal(CampaignDeliveryStatus.Delivered, (await _host.RowAsync(stamp.DeliveryKey)).Status);
    }

    [Fact]
    public async Task WithoutSmsConsentAPermanentWeChatFailureFailsTheDeliveryAndSendsNothing()
    {
        var (stamp, key) = await ReminderToNewWeChatUserAsync(skip: 3);
        await _host.Services.GetRequiredService<IChannelIdentityStatusStore>().SetActiveAsync(key, active: false, CancellationToken.None);
        await using (var db = await _host.RecordsAsync())
        {
            await db.Consents.Where(c => c.CustomerId == stamp.CustomerId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Granted, false));
        }

        await CampaignTestData.EnqueueAsync(_host, stamp, key);

        var row = await _host.WaitForRowAsync(stamp.DeliveryKey, r => r.Status != CampaignDeliveryStatus.Queued);
        Assert.Equal(CampaignDeliveryStatus.Failed, row.Status);
        Assert.Contains("no SMS consent", row.Reason, StringComparison.Ordinal);
        Assert.Equal(0, _twilio.RequestCount);
        Assert.Equal(OutboxDeliveryStatus.Failed, (await _host.Outbox.GetDeliveryAsync(stamp.DeliveryKey, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task ABusyWeChatIsRetriedWithBackoffAndTheReminderGoesOutOnce()
    {
        var (stamp, key) = await ReminderToNewWeChatUserAsync(skip: 4);
        _weChat.AnswerNext(FakeWeChatServer.TemplateSendPath, -1);

        await CampaignTestData.EnqueueAsync(_host, stamp, key);

        var row = await _host.WaitForRowAsync(stamp.DeliveryKey, r => r.Status != CampaignDeliveryStatus.Queued);
        Assert.Equal(CampaignDeliveryStatus.Sent, row.Status);
        var templates = _weChat.Received.Where(r => r.Path == FakeWeChatServer.TemplateSendPath).Select(r => r.AnsweredErrCode).ToList();
        Assert.Equal([-1, 0], templates);
        Assert.Equal(2, (await _host.Outbox.GetDeliveryAsync(stamp.DeliveryKey, CancellationToken.None))!.Message.Attempts);
        Assert.Equal(0, _twilio.RequestCount);
    }

    private async Task<(CampaignStamp Stamp, ConversationKey Key)> ReminderToNewWeChatUserAsync(int skip)
    {
        var (customer, vehicle) = await CampaignTestData.OwnerOfOneCarAsync(_host, skip);
        var campaign = await CampaignTestData.CampaignAsync(_host, CampaignKind.PeriodicMaintenance);
        return (CampaignTestData.Reminder(campaign, customer, vehicle), new ConversationKey(ChannelIds.WeChat, WeChatHubHost.NewOpenId()));
    }

    private async Task<string> MobileAsync(long customerId)
    {
        await using var db = await _host.RecordsAsync();
        return (await db.Customers.SingleAsync(c => c.Id == customerId)).Mobile!;
    }
}
