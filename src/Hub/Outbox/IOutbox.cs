namespace ContactHub.Hub.Outbox;

/// <summary>
/// The outbound queue campaigns, agent replies and asynchronous bot replies share: enqueue once, and a worker sends
/// through <see cref="Outbound.OutboundDispatcher"/> at the channel's rate, retrying transient failures.
/// </summary>
public interface IOutbox
{
    /// <summary>Adds the message unless its idempotency key was ever enqueued before, on any instance.</summary>
    Task<EnqueueResult> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>The delivery recorded for an idempotency key, or null when there is none (or it has expired).</summary>
    Task<OutboxDelivery?> GetDeliveryAsync(string idempotencyKey, CancellationToken cancellationToken);
}
