namespace ContactHub.Hub.Api;

public sealed record ComplaintDto(
    string TicketNumber,
    long? CustomerId,
    string Category,
    string Severity,
    string Status,
    string Description,
    bool EscalatedToManufacturer,
    DateTimeOffset OpenedAt,
    DateTimeOffset SlaDueAt,
    DateTimeOffset? ResolvedAt,
    IReadOnlyList<ComplaintEventDto>? Events);
