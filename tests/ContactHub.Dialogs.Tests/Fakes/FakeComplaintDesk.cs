using System.Globalization;
using ContactHub.Dialogs.Ports;

namespace ContactHub.Dialogs.Tests.Fakes;

/// <summary>Tickets in memory with the desk's rules: numbered per day, SLA 48/24/4 h by severity, major and up escalated.</summary>
public sealed class FakeComplaintDesk : IComplaintDesk
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private readonly List<(NewComplaint Complaint, ComplaintTicket Ticket)> _tickets = [];

    public IReadOnlyList<NewComplaint> Opened => [.. _tickets.Select(t => t.Complaint)];

    public IReadOnlyList<ComplaintTicket> Tickets => [.. _tickets.Select(t => t.Ticket)];

    public void Add(ComplaintTicket ticket, long? customerId = null) =>
        _tickets.Add((new NewComplaint(customerId, ticket.Category, ticket.Severity, "seeded"), ticket));

    public Task<ComplaintTicket> OpenAsync(NewComplaint complaint, CancellationToken cancellationToken)
    {
        var number = string.Create(CultureInfo.InvariantCulture, $"TS-20261127-{_tickets.Count + 1:D4}");
        var hours = complaint.Severity switch { ComplaintSeverity.Critical => 4, ComplaintSeverity.Major => 24, _ => 48 };
        var ticket = new ComplaintTicket(
            number, complaint.Category, complaint.Severity, ComplaintStatus.Open, complaint.Severity >= ComplaintSeverity.Major, Now, Now.AddHours(hours), []);
        _tickets.Add((complaint, ticket));
        return Task.FromResult(ticket);
    }

    public Task<ComplaintTicket?> FindAsync(string ticketNumber, CancellationToken cancellationToken) =>
        Task.FromResult(_tickets.Select(t => t.Ticket).FirstOrDefault(t => string.Equals(t.TicketNumber, ticketNumber, StringComparison.OrdinalIgnoreCase)));

    public Task<ComplaintTicket?> AddEventAsync(string ticketNumber, ComplaintNote note, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The care dialogs do not add events.");

    public Task<IReadOnlyList<ComplaintTicket>> ListOpenAsync(long customerId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ComplaintTicket>>(
            [.. _tickets.Where(t => t.Complaint.CustomerId == customerId && t.Ticket.Status != ComplaintStatus.Closed).Select(t => t.Ticket).Reverse()]);
}
