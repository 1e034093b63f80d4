using ContactHub.Dialogs.Ports;

namespace ContactHub.Hub.Records.Model;

public sealed class Complaint
{
    public long Id { get; set; }

    /// <summary>TS-yyyyMMdd-NNNN, the date in the dealer's time zone; unique.</summary>
    public required string TicketNumber { get; set; }

    public long? CustomerId { get; set; }

    public long? VehicleId { get; set; }

    public ComplaintCategory Category { get; set; }

    public ComplaintSeverity Severity { get; set; }

    public required string Description { get; set; }

    public ComplaintStatus Status { get; set; }

    public bool EscalatedToManufacturer { get; set; }

    public string? SourceChannel { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset SlaDueAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public List<ComplaintEvent> Events { get; set; } = [];
}
