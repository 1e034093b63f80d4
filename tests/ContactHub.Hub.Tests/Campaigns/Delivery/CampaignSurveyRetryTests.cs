using ContactHub.Channels;
using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Tests.Fakes;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Hub.Tests.WeChat;
using ContactHub.Hub.WeChat;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Campaigns.Delivery;

/// <summary>
/// A survey invitation the channel refused for the moment is sent again by the outbox; the retry seeds the conversation
/// again, and that must not start a second survey for the same visit (it would stay in progress for ever and count
/// as unanswered on the dashboard).
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class CampaignSurveyRetryTests(RedisServerFixture redis) : CampaignHubWithFakes(redis)
{
    [Fact]
    public async Task ABusyWeChatRetriedOnceLeavesOneSurveyForTheVisit()
    {
        var (customer, vehicle) = await CampaignTestData.OwnerOfOneCarAsync(Host, skip: 6);
        var campaign = await CampaignTestData.CampaignAsync(Host, CampaignKind.VisitSurvey);
        var key = new ConversationKey(ChannelIds.WeChat, WeChatHubHost.NewOpenId());
        await Host.Services.GetRequiredService<IWeChatServiceWindowStore>().OpenAsync(key, WeChatServiceWindowKind.Message, DateTimeOffset.UtcNow, CancellationToken.None);
        var stamp = new CampaignStamp
        {
            CampaignId = campaign, DeliveryKey = $"campaign:{campaign}:visit-survey:{vehicle.Id}", Kind = CampaignKind.VisitSurvey,
            CustomerId = customer.Id, VehicleId = vehicle.Id, Plate = vehicle.Plate,
        };
        WeChat.AnswerNext(FakeWeChatServer.CustomSendPath, -1);

        await CampaignTestData.EnqueueAsync(Host, stamp, key);

        var row = await Host.WaitForRowAsync(stamp.DeliveryKey, r => r.Status != CampaignDeliveryStatus.Queued);
        Assert.Equal(CampaignDeliveryStatus.Sent, row.Status);
        Assert.Equal(2, (await Host.Outbox.GetDeliveryAsync(stamp.DeliveryKey, CancellationToken.None))!.Message.Attempts);
        await using var db = await Host.RecordsAsync();
        var survey = Assert.Single(await db.Surveys.Where(s => s.CustomerId == customer.Id).ToListAsync());
        Assert.Equal((SurveyStatus.InProgress, vehicle.Id), (survey.Status, survey.VehicleId));
    }
}
