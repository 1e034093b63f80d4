namespace ContactHub.Hub.Outbox;

public enum EnqueueResult
{
    /// <summary>The message is in the outbox and will be sent.</summary>
    Enqueued,

    /// <summary>A message with this idempotency key was enqueued before (by any instance); nothing was added.</summary>
    Duplicate,
}
