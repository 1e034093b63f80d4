namespace ContactHub.Hub.Records.Model;

/// <summary>A channel user linked to a customer (chatwoot's contact-inbox): one per channel id + user id.</summary>
public sealed class ChannelIdentity
{
    public long Id { get; set; }

    public long CustomerId { get; set; }

    public required string Channel { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset LinkedAt { get; set; }
}
