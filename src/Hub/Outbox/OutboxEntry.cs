namespace ContactHub.Hub.Outbox;

/// <summary>One read of a queued message by one worker: the stream entry id (what is acked) and the idempotency key.</summary>
public sealed record OutboxEntry(string EntryId, string IdempotencyKey);
