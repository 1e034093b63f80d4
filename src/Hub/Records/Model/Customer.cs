namespace ContactHub.Hub.Records.Model;

public sealed class Customer
{
    public long Id { get; set; }

    public required string Name { get; set; }

    /// <summary>E.164, e.g. +8613900001234.</summary>
    public string? Mobile { get; set; }

    public string? WeChatOpenId { get; set; }

    /// <summary>A channel id (wechat, sms, webchat).</summary>
    public string? PreferredChannel { get; set; }

    public string Language { get; set; } = "zh-CN";

    public DateTimeOffset CreatedAt { get; set; }

    public List<Consent> Consents { get; set; } = [];

    public List<ChannelIdentity> Identities { get; set; } = [];

    public List<Vehicle> Vehicles { get; set; } = [];
}
