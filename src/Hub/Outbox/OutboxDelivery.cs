namespace ContactHub.Hub.Outbox;

/// <summary>What the outbox knows about one idempotency key: the message and where its delivery stands.</summary>
public sealed record OutboxDelivery(
    OutboxMessage Message,
    OutboxDeliveryStatus Status,
    string? ChannelMessageId,
    string? Error,
    DateTimeOffset UpdatedAt)
{
    public bool IsFinal => Status is OutboxDeliveryStatus.Sent or OutboxDeliveryStatus.Failed;
}
