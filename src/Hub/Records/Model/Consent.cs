namespace ContactHub.Hub.Records.Model;

/// <summary>The customer's current yes or no for one purpose, where it came from (csv, wechat, sms STOP…) and when.</summary>
public sealed class Consent
{
    public long Id { get; set; }

    public long CustomerId { get; set; }

    public ConsentPurpose Purpose { get; set; }

    public bool Granted { get; set; }

    public required string Source { get; set; }

    public DateTimeOffset At { get; set; }
}
