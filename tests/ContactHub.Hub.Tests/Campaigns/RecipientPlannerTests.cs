using ContactHub.Channels;
using ContactHub.Dialogs.Recognition;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Campaigns.Planning;
using ContactHub.Hub.Campaigns.Targeting;
using ContactHub.Hub.Outbox;

namespace ContactHub.Hub.Tests.Campaigns;

public sealed class RecipientPlannerTests
{
    private static readonly CampaignTarget Target = new("campaign:1:first-maintenance:vehicle-5:first-service", 5) { VehicleId = 5 };
    private static readonly CampaignRecipient Everything = new(5, "zh-CN", "+8613900000005", "oWeChat5", ServiceConsent: true, MarketingConsent: false);

    private static readonly PlanningRules Rules = new(
        new DateTimeOffset(2026, 11, 27, 22, 0, 0, TimeSpan.FromHours(8)), DealerTimeZone.Default, new TimeOnly(21, 0), new TimeOnly(8, 30), WeeklyCap: 2);

    [Fact]
    public void PrefersAnActiveWeChatIdentityAndWaitsOutQuietHours()
    {
        var send = RecipientPlanner.Plan(Target, Everything, OutboxPurpose.Service, sentThisWeek: 0, Rules);

        Assert.Equal((ChannelIds.WeChat, "oWeChat5", null), (send.Channel, send.UserId, send.SkipReason));
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 8, 30, 0, TimeSpan.FromHours(8)), send.SendAt);
    }

    [Fact]
    public void FallsBackToSmsWhenTheWeChatUserUnsubscribed()
    {
        var send = RecipientPlanner.Plan(Target, Everything with { WeChatActive = false }, OutboxPurpose.Service, 0, Rules);

        Assert.Equal((ChannelIds.Sms, "+8613900000005"), (send.Channel, send.UserId));
    }

    [Theory]
    [InlineData(false, false, true, true, SkipReasons.OptedOut)]
    [InlineData(true, true, false, true, SkipReasons.NoConsent)]
    [InlineData(true, true, true, false, SkipReasons.NoChannel)]
    public void SkipsWithAReason(bool weChatActive, bool smsActive, bool consent, bool hasChannels, string reason)
    {
        var recipient = Everything with
        {
            WeChatActive = weChatActive,
            SmsActive = smsActive,
            ServiceConsent = consent,
            Mobile = hasChannels ? Everything.Mobile : null,
            WeChatOpenId = hasChannels ? Everything.WeChatOpenId : null,
        };

        var send = RecipientPlanner.Plan(Target, recipient, OutboxPurpose.Service, 0, Rules);

        Assert.Equal((null, reason), (send.Channel, send.SkipReason));
    }

    [Fact]
    public void MarketingNeedsMarketingConsent()
    {
        Assert.Equal(OutboxPurpose.Marketing, RecipientPlanner.PurposeOf(CampaignKind.EventInvitation));
        Assert.Equal(SkipReasons.NoConsent, RecipientPlanner.Plan(Target, Everything, OutboxPurpose.Marketing, 0, Rules).SkipReason);
        Assert.Null(RecipientPlanner.Plan(Target, Everything with { MarketingConsent = true }, OutboxPurpose.Marketing, 0, Rules).SkipReason);
    }

    [Fact]
    public void TheWeeklyCapHoldsBackTheThirdMessage()
    {
        Assert.Null(RecipientPlanner.Plan(Target, Everything, OutboxPurpose.Service, sentThisWeek: 1, Rules).SkipReason);
        Assert.Equal(SkipReasons.FrequencyCap, RecipientPlanner.Plan(Target, Everything, OutboxPurpose.Service, sentThisWeek: 2, Rules).SkipReason);
    }
}
