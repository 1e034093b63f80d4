namespace ContactHub.Dialogs.Ports;

/// <summary>
/// Complaint tickets. Opening allocates a unique, per-day ticket number, sets the SLA due time by severity and flags
/// major and critical complaints for the manufacturer.
/// </summary>
public interface IComplaintDesk
{
    Task<ComplaintTicket> OpenAsync(NewComplaint complaint, CancellationToken cancellationToken);

    /// <summary>Null when no ticket has that number (matched case-insensitively).</summary>
    Task<ComplaintTicket?> FindAsync(string ticketNumber, CancellationToken cancellationToken);

    /// <summary>Null when no ticket has that number.</summary>
    Task<ComplaintTicket?> AddEventAsync(string ticketNumber, ComplaintNote note, CancellationToken cancellationToken);

    /// <summary>The customer's tickets that are not closed, newest first.</summary>
    Task<IReadOnlyList<ComplaintTicket>> ListOpenAsync(long customerId, CancellationToken cancellationToken);
}
