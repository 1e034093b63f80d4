namespace ContactHub.Hub.Outbox;

public enum OutboxDeliveryStatus
{
    /// <summary>In the stream, ready for a worker.</summary>
    Queued,

    /// <summary>Waiting for its not-before time (quiet hours) or for the channel's rate window.</summary>
    Delayed,

    /// <summary>A worker has begun handing it to the channel.</summary>
    Sending,

    /// <summary>The channel accepted it; <see cref="OutboxDelivery.ChannelMessageId"/> holds the channel's id.</summary>
    Sent,

    /// <summary>A transient failure was recorded; another attempt is scheduled.</summary>
    Retrying,

    /// <summary>Failed for good (permanent error, or out of attempts); <see cref="OutboxDelivery.Error"/> says why.</summary>
    Failed,
}
