using ContactHub.Channels;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Campaigns.Delivery;
using ContactHub.Hub.Tests.Fakes;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Hub.Tests.Sms;
using ContactHub.Hub.Tests.WeChat;

namespace ContactHub.Hub.Tests.Campaigns.Delivery;

/// <summary>
/// A campaign message the channel accepted and then reported undelivered (a Twilio status callback undelivered or
/// failed, a WeChat template result failed) fails with the channel's reason, still counted as sent in the funnel.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class CampaignUndeliveredReportTests(RedisServerFixture redis) : CampaignHubWithFakes(redis)
{
    [Fact]
    public async Task AnUndeliveredSmsFailsItsCampaignMessageWithTwiliosErrorAndStaysSent()
    {
        var (campaign, stamp, number) = await ReminderAsync(skip: 0);
        await CampaignTestData.EnqueueAsync(Host, stamp, new ConversationKey(ChannelIds.Sms, number));
        var sent = await Host.WaitForRowAsync(stamp.DeliveryKey, r => r.Status == CampaignDeliveryStatus.Sent);

        Assert.True((await Host.PostSmsStatusAsync(Twilio.Messages[0], "undelivered", errorCode: 30003)).IsSuccessStatusCode);

        var row = await Host.RowAsync(stamp.DeliveryKey);
        Assert.Equal((CampaignDeliveryStatus.Failed, "sms undelivered (Twilio error 30003)", sent.SentAt), (row.Status, row.Reason, row.SentAt));
        var funnel = await Host.Services.GetRequiredService<CampaignFunnelCounter>().CountAsync(campaign, CancellationToken.None);
        Assert.Equal((1, 0, 1), (funnel!.Sent, funnel.Delivered, funnel.Failed));
    }

    [Fact]
    public async Task AMessageReportedUndeliveredIsNeitherMarkedSentAgainNorSentAgain()
    {
        var (_, stamp, number) = await ReminderAsync(skip: 1);
        await CampaignTestData.EnqueueAsync(Host, stamp, new ConversationKey(ChannelIds.Sms, number));
        await Host.WaitForRowAsync(stamp.DeliveryKey, r => r.Status == CampaignDeliveryStatus.Sent);
        Assert.True((await Host.PostSmsStatusAsync(Twilio.Messages[0], "failed", errorCode: 30008)).IsSuccessStatusCode);
        var recorder = Host.Services.GetRequiredService<CampaignDeliveryRecorder>();

        // The outbox's own finish of the send may land after a quick callback; a reclaimed copy asks IsSentAsync.
        await recorder.MarkSentAsync(stamp.DeliveryKey, Twilio.Messages[0].Sid, DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Equal(CampaignDeliveryStatus.Failed, (await Host.RowAsync(stamp.DeliveryKey)).Status);
        Assert.True(await recorder.IsSentAsync(stamp.DeliveryKey, CancellationToken.None));
    }

    [Fact]
    public async Task ATemplateTheUserBlockedFailsItsCampaignMessage()
    {
        var (_, stamp, _) = await ReminderAsync(skip: 2);
        var weChat = new ConversationKey(ChannelIds.WeChat, WeChatHubHost.NewOpenId());
        await CampaignTestData.EnqueueAsync(Host, stamp, weChat);
        await Host.WaitForRowAsync(stamp.DeliveryKey, r => r.Status == CampaignDeliveryStatus.Sent);
        var msgId = Assert.Single(WeChat.Received, r => r.Path == FakeWeChatServer.TemplateSendPath).AnsweredMsgId!;

        var finished = CampaignHubHost.TemplateSendJobFinish(weChat.UserId, msgId, "failed:user block");
        Assert.True((await Host.PostWeChatAsync(finished)).IsSuccessStatusCode);

        var row = await Host.RowAsync(stamp.DeliveryKey);
        Assert.Equal((CampaignDeliveryStatus.Failed, "wechat template failed:user block"), (row.Status, row.Reason));
    }

    /// <summary>A reminder, and a number of this test's own to send it to by SMS (conversations live in the shared Redis).</summary>
    private async Task<(long Campaign, CampaignStamp Stamp, string Number)> ReminderAsync(int skip)
    {
        var (customer, vehicle) = await CampaignTestData.OwnerOfOneCarAsync(Host, skip);
        var campaign = await CampaignTestData.CampaignAsync(Host, CampaignKind.PeriodicMaintenance);
        return (campaign, CampaignTestData.Reminder(campaign, customer, vehicle), SmsHubHost.NewNumber());
    }
}
