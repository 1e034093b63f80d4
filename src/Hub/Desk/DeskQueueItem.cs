namespace ContactHub.Hub.Desk;

/// <summary>A row of the desk's queue (or, for supervisors, of every conversation with an agent).</summary>
public sealed record DeskQueueItem(
    string Channel,
    string UserId,
    string Mode,
    string Reason,
    string? Summary,
    string? Agent,
    string? CustomerName,
    DateTimeOffset RequestedAt,
    long WaitingSeconds);
