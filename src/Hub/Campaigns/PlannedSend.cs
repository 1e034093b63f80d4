using ContactHub.Hub.Outbox;

namespace ContactHub.Hub.Campaigns;

/// <summary>
/// One recipient's message as targeting and planning decided it: to whom, on which channel, when, and why not when it
/// is skipped. A preview lists these without writing anything; a run records and enqueues exactly the same ones.
/// </summary>
public sealed record PlannedSend(
    string IdempotencyKey,
    long CustomerId,
    long? VehicleId,
    string? Channel,
    string? UserId,
    OutboxPurpose Purpose,
    DateTimeOffset? SendAt,
    string? SkipReason);
