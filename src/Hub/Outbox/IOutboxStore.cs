namespace ContactHub.Hub.Outbox;

/// <summary>
/// The worker's side of the outbox: read, claim, and finish entries. One Redis implementation (a stream with a
/// consumer group, a delayed ZSET and one hash per delivery) and one in-process implementation with the same semantics.
/// </summary>
public interface IOutboxStore : IOutbox
{
    /// <summary>Moves delayed messages whose time has come into the queue; returns how many moved.</summary>
    Task<int> PromoteDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>New entries for this consumer (XREADGROUP &gt;); each stays pending until finished.</summary>
    Task<IReadOnlyList<OutboxEntry>> ReadAsync(string consumer, int max, CancellationToken cancellationToken);

    /// <summary>Takes over entries another consumer read but has not finished for at least <paramref name="minIdle"/> (XAUTOCLAIM).</summary>
    Task<IReadOnlyList<OutboxEntry>> ReclaimAsync(string consumer, TimeSpan minIdle, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the delivery "sending" and counts the attempt; returns the message with its attempt count, or null when
    /// the delivery is final or gone (the caller then acks without sending).
    /// </summary>
    Task<OutboxMessage?> BeginSendAsync(OutboxEntry entry, string consumer, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records the outcome, reschedules if asked, and acks the entry, atomically.</summary>
    Task FinishAsync(OutboxEntry entry, OutboxOutcome outcome, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Waits until work may be available or <paramref name="maxWait"/> has passed.</summary>
    Task WaitForWorkAsync(TimeSpan maxWait, CancellationToken cancellationToken);
}
