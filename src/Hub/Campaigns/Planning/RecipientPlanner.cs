using ContactHub.Channels;
using ContactHub.Hub.Campaigns.Rules;
using ContactHub.Hub.Campaigns.Targeting;
using ContactHub.Hub.Outbox;

namespace ContactHub.Hub.Campaigns.Planning;

/// <summary>
/// Decides one recipient's send, purely: consent for the purpose, then the channel (WeChat when the customer has an
/// active WeChat identity, else SMS to the mobile unless it opted out), then the weekly cap, then quiet hours.
/// </summary>
public static class RecipientPlanner
{
    public static OutboxPurpose PurposeOf(CampaignKind kind) =>
        kind == CampaignKind.EventInvitation ? OutboxPurpose.Marketing : OutboxPurpose.Service;

    /// <param name="sentThisWeek">Campaign messages this customer was planned in the last 7 days, this run's included.</param>
    public static PlannedSend Plan(CampaignTarget target, CampaignRecipient? recipient, OutboxPurpose purpose, int sentThisWeek, PlanningRules rules)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(rules);
        if (recipient is null)
        {
            return Skip(target, purpose, SkipReasons.NoCustomer);
        }

        var consented = purpose == OutboxPurpose.Marketing ? recipient.MarketingConsent : recipient.ServiceConsent;
        if (!consented)
        {
            return Skip(target, purpose, SkipReasons.NoConsent);
        }

        var (channel, userId) = ChooseChannel(recipient);
        if (channel is null)
        {
            var hadOne = !string.IsNullOrEmpty(recipient.WeChatOpenId) || !string.IsNullOrEmpty(recipient.Mobile);
            return Skip(target, purpose, hadOne ? SkipReasons.OptedOut : SkipReasons.NoChannel);
        }

        if (sentThisWeek >= rules.WeeklyCap)
        {
            return Skip(target, purpose, SkipReasons.FrequencyCap);
        }

        var sendAt = QuietHours.NotBefore(rules.Now, rules.Zone, rules.QuietStart, rules.QuietEnd) ?? rules.Now;
        return new PlannedSend(target.Key, target.CustomerId, target.VehicleId, channel, userId, purpose, sendAt, null);
    }

    private static (string? Channel, string? UserId) ChooseChannel(CampaignRecipient recipient)
    {
        if (!string.IsNullOrEmpty(recipient.WeChatOpenId) && recipient.WeChatActive)
        {
            return (ChannelIds.WeChat, recipient.WeChatOpenId);
        }

        return !string.IsNullOrEmpty(recipient.Mobile) && recipient.SmsActive ? (ChannelIds.Sms, recipient.Mobile) : (null, null);
    }

    private static PlannedSend Skip(CampaignTarget target, OutboxPurpose purpose, string reason) =>
        new(target.Key, target.CustomerId, target.VehicleId, null, null, purpose, null, reason);
}
