namespace ContactHub.Dialogs.Ports;

/// <summary>A complaint as the customer may be told about it: ticket number (TS-yyyyMMdd-NNNN), status and the SLA promise.</summary>
public sealed record ComplaintTicket(
    string TicketNumber,
    ComplaintCategory Category,
    ComplaintSeverity Severity,
    ComplaintStatus Status,
    bool EscalatedToManufacturer,
    DateTimeOffset OpenedAt,
    DateTimeOffset SlaDueAt,
    IReadOnlyList<ComplaintEventInfo> Events);
