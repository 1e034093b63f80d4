namespace ContactHub.Hub.Campaigns.Planning;

/// <summary>Why a targeted recipient gets nothing (CampaignDelivery.Reason and the report's Skipped counts).</summary>
public static class SkipReasons
{
    /// <summary>No granted consent row for the message's purpose (service notifications or marketing).</summary>
    public const string NoConsent = "no-consent";

    /// <summary>Every channel the customer has said stop: SMS STOP/退订, WeChat unsubscribe.</summary>
    public const string OptedOut = "opted-out";

    /// <summary>The weekly cap is reached; not recorded, so a later run within the due window plans it again.</summary>
    public const string FrequencyCap = "frequency-cap";

    /// <summary>Neither a WeChat identity nor a mobile number.</summary>
    public const string NoChannel = "no-channel";

    /// <summary>The customer record is gone.</summary>
    public const string NoCustomer = "no-customer";
}
