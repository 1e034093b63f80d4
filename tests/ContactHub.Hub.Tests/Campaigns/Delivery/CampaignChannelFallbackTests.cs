using ContactHub.Channels;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Outbound;
using ContactHub.Hub.Outbox;
using ContactHub.Hub.Tests.Fakes;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Hub.Tests.WeChat;
using ContactHub.Hub.WeChat;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Campaigns.Delivery;

/// <summary>
/// WeChat first, then SMS: a customer-service message inside the 48 h window, a template message outside it, SMS when
/// WeChat refuses for good. The far sides are the loopback WeChat and Twilio fakes; the hub runs on a real Redis.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class CampaignChannelFallbackTests(RedisServerFixture redis) : CampaignHubWithFakes(redis)
{
    [Fact]
    public async Task InsideTheWindowTheReminderIsACustomerServiceMessage()
    {
        var (stamp, key) = await ReminderToNewWeChatUserAsync(skip: 0);
        await Host.Services.GetRequiredService<IWeChatServiceWindowStore>().OpenAsync(key, WeChatServiceWindowKind.Message, DateTimeOffset.UtcNow, CancellationToken.None);

        await CampaignTestData.EnqueueAsync(Host, stamp, key);

        var row = await Host.WaitForRowAsync(stamp.DeliveryKey, r => r.Status != CampaignDeliveryStatus.Queued);
        Assert.Equal((CampaignDeliveryStatus.Sent, ChannelIds.WeChat), (row.Status, row.Channel));
        var sent = Assert.Single(WeChat.CustomerServiceMessages);
        Assert.Contains(stamp.Plate!, sent.ShownText, StringComparison.Ordinal);
        Assert.DoesNotContain(WeChat.Received, r => r.Path == FakeWeChatServer.TemplateSendPath);
    }

    [Fact]
    public async Task OutsideTheWindowTheReminderIsATemplateMessageAndItsJobFinishMarksItDelivered()
    {
        var (stamp, key) = await ReminderToNewWeChatUserAsync(skip: 1);

        await CampaignTestData.EnqueueAsync(Host, stamp, key);

        var row = await Host.WaitForRowAsync(stamp.DeliveryKey, r => r.Status != CampaignDeliveryStatus.Queued);
        Assert.Equal((CampaignDeliveryStatus.Sent, ChannelIds.WeChat), (row.Status, row.Channel));
        Assert.Empty(WeChat.CustomerServiceMessages);
        var send = Assert.Single(WeChat.Received, r => r.Path == FakeWeChatServer.TemplateSendPath);
        Assert.Equal(CampaignHubHost.ReminderTemplateId, send.Json.GetProperty("template_id").GetString());
        Assert.Equal(stamp.Plate, send.Json.GetProperty("data").GetProperty("keyword1").GetProperty("value").GetString());
        Assert.Equal(send.AnsweredMsgId, row.ChannelMessageId);

        var finished = CampaignHubHost.TemplateSendJobFinish(key.UserId, send.AnsweredMsgId!, "success");
        Assert.True((await Host.PostWeChatAsync(finished)).IsSuccessStatusCode);
        var delivered = await Host.RowAsync(stamp.DeliveryKey);
        Assert.Equal(CampaignDeliveryStatus.Delivered, delivered.Status);
        Assert.NotNull(delivered.DeliveredAt);
    }

    [Fact]
    public async Task AnUnsubscribedWeChatUserGetsTheReminderBySmsAndTheStatusCallbackMarksItDelivered()
    {
        var (stamp, key) = await ReminderToNewWeChatUserAsync(skip: 2);
        await Host.Services.GetRequiredService<IChannelIdentityStatusStore>().SetActiveAsync(key, active: false, CancellationToken.None);
        var mobile = await MobileAsync(stamp.CustomerId);

        await CampaignTestData.EnqueueAsync(Host, stamp, key);

        var row = await Host.WaitForRowAsync(stamp.DeliveryKey, r => r.Status != CampaignDeliveryStatus.Queued);
        Assert.Equal((CampaignDeliveryStatus.Sent, ChannelIds.Sms, mobile), (row.Status, row.Channel, row.UserId));
        Assert.Contains("unsubscribed", row.Reason, StringComparison.Ordinal);
        var sms = Assert.Single(Twilio.Messages);
        Assert.Equal(mobile, sms.To);
        Assert.Contains(stamp.Plate!, sms.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(WeChat.Received, r => r.Path != FakeWeChatServer.StableTokenPath);

        Assert.Equal(sms.Sid, row.ChannelMessageId);

        Assert.True((await Host.PostSmsStatusAsync(sms, "delivered")).IsSuccessStatusCode);
        Assert.Equal(CampaignDeliveryStatus.Delivered, (await Host.RowAsync(stamp.DeliveryKey)).Status);
    }

    [Fact]
    public async Task AnSmsFallbackReportedUndeliveredKeepsWhyItWasSentBySms()
    {
        var (stamp, key) = await ReminderToNewWeChatUserAsync(skip: 5);
        await Host.Services.GetRequiredService<IChannelIdentityStatusStore>().SetActiveAsync(key, active: false, CancellationToken.None);
        await CampaignTestData.EnqueueAsync(Host, stamp, key);
        await Host.WaitForRowAsync(stamp.DeliveryKey, r => r.Status == CampaignDeliveryStatus.Sent);

        Assert.True((await Host.PostSmsStatusAsync(Assert.Single(Twilio.Messages), "undelivered", errorCode: 30003)).IsSuccessStatusCode);

        var row = await Host.RowAsync(stamp.DeliveryKey);
        Assert.Equal(CampaignDeliveryStatus.Failed, row.Status);
        Assert.StartsWith("sms fallback; wechat: ", row.Reason, StringComparison.Ordinal);
        Assert.Contains("unsubscribed", row.Reason, StringComparison.Ordinal);
        Assert.EndsWith("; sms undelivered (Twilio error 30003)", row.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutSmsConsentAPermanentWeChatFailureFailsTheDeliveryAndSendsNothing()
    {
        var (stamp, key) = await ReminderToNewWeChatUserAsync(skip: 3);
        await Host.Services.GetRequiredService<IChannelIdentityStatusStore>().SetActiveAsync(key, active: false, CancellationToken.None);
        await using (var db = await Host.RecordsAsync())
        {
            await db.Consents.Where(c => c.CustomerId == stamp.CustomerId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Granted, false));
        }

        await CampaignTestData.EnqueueAsync(Host, stamp, key);

        var row = await Host.WaitForRowAsync(stamp.DeliveryKey, r => r.Status != CampaignDeliveryStatus.Queued);
        Assert.Equal(CampaignDeliveryStatus.Failed, row.Status);
        Assert.Contains("no SMS consent", row.Reason, StringComparison.Ordinal);
        Assert.Equal(0, Twilio.RequestCount);
        Assert.Equal(OutboxDeliveryStatus.Failed, (await Host.Outbox.GetDeliveryAsync(stamp.DeliveryKey, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task ABusyWeChatIsRetriedWithBackoffAndTheReminderGoesOutOnce()
    {
        var (stamp, key) = await ReminderToNewWeChatUserAsync(skip: 4);
        WeChat.AnswerNext(FakeWeChatServer.TemplateSendPath, -1);

        await CampaignTestData.EnqueueAsync(Host, stamp, key);

        var row = await Host.WaitForRowAsync(stamp.DeliveryKey, r => r.Status != CampaignDeliveryStatus.Queued);
        Assert.Equal(CampaignDeliveryStatus.Sent, row.Status);
        var templates = WeChat.Received.Where(r => r.Path == FakeWeChatServer.TemplateSendPath).Select(r => r.AnsweredErrCode).ToList();
        Assert.Equal([-1, 0], templates);
        Assert.Equal(2, (await Host.Outbox.GetDeliveryAsync(stamp.DeliveryKey, CancellationToken.None))!.Message.Attempts);
        Assert.Equal(0, Twilio.RequestCount);
    }

    private async Task<(CampaignStamp Stamp, ConversationKey Key)> ReminderToNewWeChatUserAsync(int skip)
    {
        var (customer, vehicle) = await CampaignTestData.OwnerOfOneCarAsync(Host, skip);
        var campaign = await CampaignTestData.CampaignAsync(Host, CampaignKind.PeriodicMaintenance);
        return (CampaignTestData.Reminder(campaign, customer, vehicle), new ConversationKey(ChannelIds.WeChat, WeChatHubHost.NewOpenId()));
    }

    private async Task<string> MobileAsync(long customerId)
    {
        await using var db = await Host.RecordsAsync();
        return (await db.Customers.SingleAsync(c => c.Id == customerId)).Mobile!;
    }
}
