namespace ContactHub.Hub.Outbox;

/// <summary>
/// How a worker finishes an entry: the status to record (null leaves it as it is) and, when the message must go out
/// again later, when. Recording, rescheduling and the ack happen in one atomic step.
/// </summary>
public sealed record OutboxOutcome(
    OutboxDeliveryStatus? Status,
    string? ChannelMessageId = null,
    string? Error = null,
    DateTimeOffset? RetryAt = null)
{
    /// <summary>Already final (a worker crashed after recording but before its ack): ack only.</summary>
    public static OutboxOutcome AckOnly { get; } = new((OutboxDeliveryStatus?)null);

    public static OutboxOutcome Sent(string? channelMessageId) => new(OutboxDeliveryStatus.Sent, channelMessageId);

    public static OutboxOutcome Failed(string error) => new(OutboxDeliveryStatus.Failed, Error: error);

    public static OutboxOutcome Retry(string error, DateTimeOffset at) => new(OutboxDeliveryStatus.Retrying, Error: error, RetryAt: at);

    /// <summary>Not attempted now (the channel's rate window is full): back to the delayed set, no attempt used.</summary>
    public static OutboxOutcome Defer(DateTimeOffset at) => new(OutboxDeliveryStatus.Delayed, RetryAt: at);
}
