using ContactHub.Channels;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Records.Model;
using ContactHub.Hub.Tests.Campaigns.Delivery;
using ContactHub.Hub.Tests.Fakes;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Hub.Tests.Sms;
using ContactHub.Hub.Tests.WeChat;

namespace ContactHub.Hub.Tests.Bugs;

/// <summary>
/// Issue 7: the campaign row did not keep the channel's message id, so a delivered report (Twilio status callback,
/// WeChat TEMPLATESENDJOBFINISH) was matched to the user's latest campaign message that was sent and not yet delivered.
/// A report for a bot reply or for another campaign's message marked the wrong row. Now only the message's own report
/// moves its row. Everything goes through the signed webhooks, with the Twilio and WeChat fakes on loopback. SMS goes to
/// a number of the test's own: the conversation state it leaves in the shared Redis must not meet another test's.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class Issue_7_ADeliveryReportMarkedTheUsersLatestCampaignMessageDelivered(RedisServerFixture redis) : CampaignHubWithFakes(redis)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task TheDeliveredCallbackOfABotReplyLeavesTheCampaignMessageSent()
    {
        var (customer, vehicle) = await CampaignTestData.OwnerOfOneCarAsync(Host, skip: 0);
        var sms = new ConversationKey(ChannelIds.Sms, SmsHubHost.NewNumber());
        var reminder = await SentAsync(customer, vehicle, sms);
        var campaignMessages = Twilio.Messages.Count;

        await Host.SendAsync(sms, "菜单");
        var reply = (await Twilio.WaitForMessagesAsync(campaignMessages + 1, Wait))[campaignMessages];
        Assert.Equal(sms.UserId, reply.To);
        Assert.True((await Host.PostSmsStatusAsync(reply, "delivered")).IsSuccessStatusCode);
        Assert.Equal(CampaignDeliveryStatus.Sent, (await Host.RowAsync(reminder)).Status);

        Assert.True((await Host.PostSmsStatusAsync(Twilio.Messages[0], "delivered")).IsSuccessStatusCode);
        Assert.Equal(CampaignDeliveryStatus.Delivered, (await Host.RowAsync(reminder)).Status);
    }

    [Fact]
    public async Task TwoCampaignsSmsToOneNumberAreEachMarkedByTheirOwnCallback()
    {
        var (customer, vehicle) = await CampaignTestData.OwnerOfOneCarAsync(Host, skip: 1);
        var sms = new ConversationKey(ChannelIds.Sms, SmsHubHost.NewNumber());
        var first = await SentAsync(customer, vehicle, sms);
        var firstMessages = Twilio.Messages.Count;
        var second = await SentAsync(customer, vehicle, sms);
        var (firstSms, secondSms) = (Twilio.Messages[0], Twilio.Messages[firstMessages]);

        Assert.True((await Host.PostSmsStatusAsync(firstSms, "delivered")).IsSuccessStatusCode);
        Assert.Equal((CampaignDeliveryStatus.Delivered, CampaignDeliveryStatus.Sent), ((await Host.RowAsync(first)).Status, (await Host.RowAsync(second)).Status));

        Assert.True((await Host.PostSmsStatusAsync(secondSms, "delivered")).IsSuccessStatusCode);
        Assert.Equal(CampaignDeliveryStatus.Delivered, (await Host.RowAsync(second)).Status);
    }

    [Fact]
    public async Task TwoCampaignTemplatesToOneWeChatUserAreEachMarkedByTheirOwnJobResult()
    {
        var (customer, vehicle) = await CampaignTestData.OwnerOfOneCarAsync(Host, skip: 2);
        var weChat = new ConversationKey(ChannelIds.WeChat, WeChatHubHost.NewOpenId());
        var first = await SentAsync(customer, vehicle, weChat);
        var second = await SentAsync(customer, vehicle, weChat);
        var msgIds = WeChat.Received.Where(r => r.Path == FakeWeChatServer.TemplateSendPath).Select(r => r.AnsweredMsgId!).ToList();
        Assert.Equal(2, msgIds.Count);

        await FinishAsync(weChat, msgIds[0]);
        Assert.Equal((CampaignDeliveryStatus.Delivered, CampaignDeliveryStatus.Sent), ((await Host.RowAsync(first)).Status, (await Host.RowAsync(second)).Status));

        await FinishAsync(weChat, "1000000001"); // a template no campaign sent (an appointment notice)
        Assert.Equal(CampaignDeliveryStatus.Sent, (await Host.RowAsync(second)).Status);

        await FinishAsync(weChat, msgIds[1]);
        Assert.Equal(CampaignDeliveryStatus.Delivered, (await Host.RowAsync(second)).Status);
    }

    /// <summary>A reminder of a campaign of its own to <paramref name="to"/>, sent; returns its delivery key.</summary>
    private async Task<string> SentAsync(Customer customer, Vehicle vehicle, ConversationKey to)
    {
        var campaign = await CampaignTestData.CampaignAsync(Host, CampaignKind.PeriodicMaintenance);
        var stamp = CampaignTestData.Reminder(campaign, customer, vehicle);
        await CampaignTestData.EnqueueAsync(Host, stamp, to);
        await Host.WaitForRowAsync(stamp.DeliveryKey, r => r.Status == CampaignDeliveryStatus.Sent);
        return stamp.DeliveryKey;
    }

    private async Task FinishAsync(ConversationKey to, string msgId) =>
        Assert.True((await Host.PostWeChatAsync(CampaignHubHost.TemplateSendJobFinish(to.UserId, msgId, "success"))).IsSuccessStatusCode);
}
