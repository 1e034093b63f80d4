namespace ContactHub.Hub.Campaigns.Delivery;

/// <summary>What the send needs to know of the customer a campaign message goes to, read once per send.</summary>
/// <param name="Mobile">E.164, or null when the customer has none.</param>
/// <param name="SmsConsent">True when the customer granted consent for the message's purpose (service or marketing).</param>
public sealed record CampaignSendRecipient(long CustomerId, string Name, string Locale, string? Mobile, bool SmsConsent);
