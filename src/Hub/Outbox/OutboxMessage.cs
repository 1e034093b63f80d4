using ContactHub.Channels;

namespace ContactHub.Hub.Outbox;

/// <summary>
/// One outbound activity waiting its turn. The <see cref="IdempotencyKey"/> names the business fact the message stands
/// for (<c>campaign:{campaignId}:{rule}:{vehicleId}:{dueWindow}</c>, <c>agent-reply:{id}</c>): the outbox sends at most
/// one message per key, ever.
/// </summary>
/// <param name="NotBefore">Not sent before this instant (quiet hours); null or past means as soon as possible.</param>
public sealed record OutboxMessage(
    string IdempotencyKey,
    ConversationKey To,
    Activity Activity,
    OutboxPurpose Purpose,
    DateTimeOffset? NotBefore = null)
{
    /// <summary>How many times a worker has begun sending it; kept by the outbox, ignored on enqueue.</summary>
    public int Attempts { get; init; }

    /// <summary>Set by the outbox when the message is accepted.</summary>
    public DateTimeOffset EnqueuedAt { get; init; }
}
