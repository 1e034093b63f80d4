using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Api;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Import;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Endpoints;

public static class AppointmentsApiEndpoints
{
    private const string ApiChannel = "api";

    public static RouteGroupBuilder MapAppointmentsApiEndpoints(this RouteGroupBuilder api)
    {
        var appointments = api.MapGroup("/appointments").WithTags("Appointments");
        appointments.MapGet("/", ListAsync).WithName("ListAppointments");
        appointments.MapGet("/{id:long}", GetAsync).WithName("GetAppointment");
        appointments.MapGet("/slots", SlotsAsync).WithName("FindFreeSlots");
        appointments.MapPost("/", BookAsync).WithName("BookAppointment");
        appointments.MapPost("/{id:long}/cancel", CancelAsync).WithName("CancelAppointment");
        return api;
    }

    /// <summary>Appointments by start time; filter by status, customerId and a from/to range of start times.</summary>
    public static async Task<Results<Ok<Page<AppointmentDto>>, ValidationProblem>> ListAsync(
        IDbContextFactory<RecordsDbContext> factory, string? status, long? customerId, string? from, string? to, string? limit, string? offset, CancellationToken cancellationToken)
    {
        var query = new ApiQuery();
        var page = query.Page(limit, offset);
        var (wanted, start, end) = (query.Enum<AppointmentStatus>("status", status), query.Time("from", from), query.Time("to", to));
        if (!query.IsValid)
        {
            return TypedResults.ValidationProblem(query.Errors);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var matches = db.Appointments.AsNoTracking()
            .Where(a => wanted == null || a.Status == wanted)
            .Where(a => customerId == null || a.CustomerId == customerId)
            .Where(a => start == null || a.StartsAt >= start)
            .Where(a => end == null || a.StartsAt < end);
        var total = await matches.CountAsync(cancellationToken);
        var items = await matches.OrderBy(a => a.StartsAt).ThenBy(a => a.Bay).Skip(page.Offset).Take(page.Limit).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<AppointmentDto>([.. items.Select(a => a.ToDto())], total, page.Limit, page.Offset));
    }

    public static async Task<Results<Ok<AppointmentDto>, NotFound>> GetAsync(IDbContextFactory<RecordsDbContext> factory, long id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var appointment = await db.Appointments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return appointment is null ? TypedResults.NotFound() : TypedResults.Ok(appointment.ToDto());
    }

    /// <summary>The free slots nearest to <c>near</c> (default now), at most <c>count</c> (default 5, at most 50).</summary>
    public static async Task<Results<Ok<IReadOnlyList<AppointmentSlot>>, ValidationProblem>> SlotsAsync(
        IAppointmentBook book, TimeProvider clock, string? near, string? count, CancellationToken cancellationToken)
    {
        var query = new ApiQuery();
        var (at, howMany) = (query.Time("near", near), query.Int("count", count, 5, 1, 50));
        if (!query.IsValid)
        {
            return TypedResults.ValidationProblem(query.Errors);
        }

        return TypedResults.Ok(await book.FindFreeSlotsAsync(at ?? clock.GetUtcNow(), howMany, cancellationToken));
    }

    /// <summary>Books a slot: 201 with the appointment, 409 with the nearest free slots when it is full or closed.</summary>
    public static async Task<Results<Created<AppointmentDto>, Conflict<BookingResult>, NotFound, ValidationProblem>> BookAsync(
        IAppointmentBook book, BookAppointmentRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!ServiceTypeNames.TryParse(request.ServiceType, out var type) && !ApiNames.TryParse(request.ServiceType, out type))
        {
            errors["serviceType"] = [$"'{request.ServiceType}' is not one of: {ApiNames.AllOf<ServiceType>()}."];
        }

        if (request.Start is null)
        {
            errors["start"] = ["start is required (ISO 8601 date-time of a slot start)."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await book.BookAsync(new BookingRequest(request.CustomerId, request.VehicleId, type, request.Start!.Value, ApiChannel, request.Advisor), cancellationToken);
        return result switch
        {
            { Outcome: BookingOutcome.Booked, Appointment: { } booked } => TypedResults.Created($"/api/appointments/{booked.Id}", booked.ToDto(ApiChannel)),
            { Outcome: BookingOutcome.NotFound } => TypedResults.NotFound(),
            _ => TypedResults.Conflict(result),
        };
    }

    public static async Task<Results<NoContent, NotFound>> CancelAsync(IAppointmentBook book, long id, CancellationToken cancellationToken) =>
        await book.CancelAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
