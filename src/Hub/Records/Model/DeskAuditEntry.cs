namespace ContactHub.Hub.Records.Model;

/// <summary>One thing an agent did on the desk: who, what, when, and to which conversation (issue 6, "every agent action is audited").</summary>
public sealed class DeskAuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Agent { get; set; }

    /// <summary>sign-in, sign-out, claim, reply, transfer, close, take-over.</summary>
    public required string Action { get; set; }

    public string? Channel { get; set; }

    public string? UserId { get; set; }

    public string? Detail { get; set; }
}
