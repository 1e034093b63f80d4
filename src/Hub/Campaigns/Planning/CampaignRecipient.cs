namespace ContactHub.Hub.Campaigns.Planning;

/// <summary>A customer as planning sees them: how to reach them, in which language, and what they consented to.</summary>
public sealed record CampaignRecipient(
    long CustomerId,
    string Language,
    string? Mobile,
    string? WeChatOpenId,
    bool ServiceConsent,
    bool MarketingConsent)
{
    /// <summary>Set from the channel identity store: false when the WeChat user unsubscribed.</summary>
    public bool WeChatActive { get; init; } = true;

    /// <summary>Set from the channel identity store: false when the number sent STOP/退订.</summary>
    public bool SmsActive { get; init; } = true;
}
