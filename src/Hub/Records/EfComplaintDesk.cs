using System.Globalization;
using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Records;

/// <summary>
/// <see cref="IComplaintDesk"/> over the records database. Ticket numbers are TS-yyyyMMdd-NNNN, counted per dealer-local
/// day; the next number is read, then claimed by inserting under the unique index on TicketNumber, and a hub that loses
/// the race reads again, so concurrent complaints on several hub instances never share a number (issue 3).
/// </summary>
public sealed class EfComplaintDesk(IDbContextFactory<RecordsDbContext> factory, TimeProvider clock, IOptions<ComplaintOptions> options) : IComplaintDesk
{
    private const int MaxAttempts = 200;

    public async Task<ComplaintTicket> OpenAsync(NewComplaint complaint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var now = clock.GetUtcNow();
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var schedule = await db.LoadScheduleAsync(cancellationToken);
            var prefix = string.Create(CultureInfo.InvariantCulture, $"TS-{schedule.LocalDate(now):yyyyMMdd}-");
            var last = await db.Complaints.Where(c => c.TicketNumber.StartsWith(prefix))
                .OrderByDescending(c => c.TicketNumber.Length).ThenByDescending(c => c.TicketNumber)
                .Select(c => c.TicketNumber).FirstOrDefaultAsync(cancellationToken);
            var next = last is null ? 1 : int.Parse(last.AsSpan(prefix.Length), CultureInfo.InvariantCulture) + 1;
            var entity = New(complaint, prefix + next.ToString("D4", CultureInfo.InvariantCulture), now);
            db.Complaints.Add(entity);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return entity.ToTicket();
            }
            catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
            {
                // another complaint took this number first: read the day's last number again
            }
        }

        throw new InvalidOperationException($"No ticket number could be allocated after {MaxAttempts} attempts.");
    }

    public async Task<ComplaintTicket?> FindAsync(string ticketNumber, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var complaint = await FindEntityAsync(db, ticketNumber, cancellationToken);
        return complaint?.ToTicket();
    }

    public async Task<ComplaintTicket?> AddEventAsync(string ticketNumber, ComplaintNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var complaint = await FindEntityAsync(db, ticketNumber, cancellationToken);
        if (complaint is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        complaint.Events.Add(new ComplaintEvent { At = now, Author = note.Author, Text = note.Text, Status = note.NewStatus });
        if (note.NewStatus is { } status)
        {
            complaint.Status = status;
            complaint.ResolvedAt = status is ComplaintStatus.Resolved or ComplaintStatus.Closed ? complaint.ResolvedAt ?? now : null;
        }

        await db.SaveChangesAsync(cancellationToken);
        return complaint.ToTicket();
    }

    public async Task<IReadOnlyList<ComplaintTicket>> ListOpenAsync(long customerId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var open = await db.Complaints.AsNoTracking().Include(c => c.Events)
            .Where(c => c.CustomerId == customerId && c.Status != ComplaintStatus.Closed)
            .OrderByDescending(c => c.OpenedAt)
            .ToListAsync(cancellationToken);
        return [.. open.Select(c => c.ToTicket())];
    }

    private static Task<Complaint?> FindEntityAsync(RecordsDbContext db, string ticketNumber, CancellationToken cancellationToken)
    {
        var normalized = ticketNumber.Trim().ToUpperInvariant();
        return db.Complaints.Include(c => c.Events).FirstOrDefaultAsync(c => c.TicketNumber == normalized, cancellationToken);
    }

    private Complaint New(NewComplaint complaint, string ticketNumber, DateTimeOffset now)
    {
        var escalated = complaint.Severity >= options.Value.EscalateFrom;
        return new Complaint
        {
            TicketNumber = ticketNumber,
            CustomerId = complaint.CustomerId,
            VehicleId = complaint.VehicleId,
            Category = complaint.Category,
            Severity = complaint.Severity,
            Description = complaint.Description,
            Status = ComplaintStatus.Open,
            EscalatedToManufacturer = escalated,
            SourceChannel = complaint.SourceChannel,
            OpenedAt = now,
            SlaDueAt = now + options.Value.SlaFor(complaint.Severity),
            Events =
            [
                new ComplaintEvent { At = now, Author = complaint.SourceChannel ?? "hub", Text = "opened", Status = ComplaintStatus.Open },
                .. escalated ? [new ComplaintEvent { At = now, Author = "hub", Text = "flagged for the manufacturer" }] : Array.Empty<ComplaintEvent>(),
            ],
        };
    }
}
