using ContactHub.Dialogs.Ports;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// Begin options and memory of <see cref="ComplaintDialog"/>. Empty options file a new complaint. A caller that knows
/// more sets <see cref="Description"/> (skips the question) or <see cref="Context"/> (kept with the customer's own
/// words, e.g. a survey's low scores). <see cref="ForStatus"/> asks for a ticket's progress instead.
/// </summary>
public sealed record ComplaintValues
{
    public long? CustomerId { get; init; }

    public long? VehicleId { get; init; }

    public string? Description { get; set; }

    public string? Context { get; init; }

    /// <summary>Report a ticket's progress instead of filing one.</summary>
    public bool StatusRequested { get; init; }

    public string? TicketNumber { get; set; }

    public ComplaintCategory Category { get; set; } = ComplaintCategory.Other;

    public ComplaintSeverity Severity { get; set; }

    /// <summary>For intent complaint.status; <paramref name="ticketNumber"/> is the recognizer's ticket entity, if any.</summary>
    public static ComplaintValues ForStatus(string? ticketNumber) => new() { StatusRequested = true, TicketNumber = ticketNumber };
}
