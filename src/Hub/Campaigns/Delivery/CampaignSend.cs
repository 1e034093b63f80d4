using ContactHub.Hub.Outbox;

namespace ContactHub.Hub.Campaigns.Delivery;

/// <summary>One campaign message on its way out: what it is, to whom, how it opens, and the texts it produced so far.</summary>
public sealed record CampaignSend(OutboxMessage Message, CampaignStamp Stamp, CampaignSendRecipient Recipient, CampaignOpening Opening)
{
    /// <summary>The texts of the last seeded attempt; a WeChat template repeats the first one in its data.</summary>
    public IReadOnlyList<string> Texts { get; set; } = [];
}
