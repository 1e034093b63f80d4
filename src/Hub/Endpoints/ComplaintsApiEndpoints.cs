using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Api;
using ContactHub.Hub.Records;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Endpoints;

public static class ComplaintsApiEndpoints
{
    public static RouteGroupBuilder MapComplaintsApiEndpoints(this RouteGroupBuilder api)
    {
        var complaints = api.MapGroup("/complaints").WithTags("Complaints");
        complaints.MapGet("/", ListAsync).WithName("ListComplaints");
        complaints.MapGet("/{ticketNumber}", GetAsync).WithName("GetComplaint");
        complaints.MapPost("/{ticketNumber}/status", UpdateStatusAsync).WithName("UpdateComplaintStatus");
        return api;
    }

    /// <summary>Complaints, newest first; filter by status, category, severity and a from/to range of opening times.</summary>
    public static async Task<Results<Ok<Page<ComplaintDto>>, ValidationProblem>> ListAsync(
        IDbContextFactory<RecordsDbContext> factory,
        string? status,
        string? category,
        string? severity,
        string? from,
        string? to,
        string? limit,
        string? offset,
        CancellationToken cancellationToken)
    {
        var query = new ApiQuery();
        var page = query.Page(limit, offset);
        var (wantedStatus, wantedCategory) = (query.Enum<ComplaintStatus>("status", status), query.Enum<ComplaintCategory>("category", category));
        var (wantedSeverity, start, end) = (query.Enum<ComplaintSeverity>("severity", severity), query.Time("from", from), query.Time("to", to));
        if (!query.IsValid)
        {
            return TypedResults.ValidationProblem(query.Errors);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var matches = db.Complaints.AsNoTracking()
            .Where(c => wantedStatus == null || c.Status == wantedStatus)
            .Where(c => wantedCategory == null || c.Category == wantedCategory)
            .Where(c => wantedSeverity == null || c.Severity == wantedSeverity)
            .Where(c => start == null || c.OpenedAt >= start)
            .Where(c => end == null || c.OpenedAt < end);
        var total = await matches.CountAsync(cancellationToken);
        var items = await matches.OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id).Skip(page.Offset).Take(page.Limit).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ComplaintDto>([.. items.Select(c => c.ToDto(withEvents: false))], total, page.Limit, page.Offset));
    }

    /// <summary>One complaint with its timeline.</summary>
    public static async Task<Results<Ok<ComplaintDto>, NotFound>> GetAsync(IDbContextFactory<RecordsDbContext> factory, string ticketNumber, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var normalized = ticketNumber.Trim().ToUpperInvariant();
        var complaint = await db.Complaints.AsNoTracking().Include(c => c.Events).FirstOrDefaultAsync(c => c.TicketNumber == normalized, cancellationToken);
        return complaint is null ? TypedResults.NotFound() : TypedResults.Ok(complaint.ToDto(withEvents: true));
    }

    /// <summary>Moves the complaint to a new status and records it, with the note, on the timeline.</summary>
    public static async Task<Results<Ok<ComplaintDto>, NotFound, ValidationProblem>> UpdateStatusAsync(
        IComplaintDesk desk, IDbContextFactory<RecordsDbContext> factory, string ticketNumber, ComplaintStatusUpdate update, CancellationToken cancellationToken)
    {
        if (!ApiNames.TryParse<ComplaintStatus>(update.Status, out var status))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["status"] = [$"'{update.Status}' is not one of: {ApiNames.AllOf<ComplaintStatus>()}."],
            });
        }

        var note = new ComplaintNote(update.Author ?? "api", update.Note ?? $"status: {ApiNames.Of(status)}", status);
        if (await desk.AddEventAsync(ticketNumber, note, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        return await GetAsync(factory, ticketNumber, cancellationToken) switch
        {
            { Result: Ok<ComplaintDto> ok } => ok,
            _ => TypedResults.NotFound(),
        };
    }
}
