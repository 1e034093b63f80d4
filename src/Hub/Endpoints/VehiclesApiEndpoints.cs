using ContactHub.Hub.Api;
using ContactHub.Hub.Records;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Endpoints;

public static class VehiclesApiEndpoints
{
    public static RouteGroupBuilder MapVehiclesApiEndpoints(this RouteGroupBuilder api)
    {
        var vehicles = api.MapGroup("/vehicles").WithTags("Vehicles");
        vehicles.MapGet("/", ListAsync).WithName("ListVehicles");
        vehicles.MapGet("/{id:long}", GetAsync).WithName("GetVehicle");
        return api;
    }

    /// <summary>Vehicles by id; <c>vin</c> and <c>plate</c> match exactly.</summary>
    public static async Task<Results<Ok<Page<VehicleDto>>, ValidationProblem>> ListAsync(
        IDbContextFactory<RecordsDbContext> factory, string? vin, string? plate, string? limit, string? offset, CancellationToken cancellationToken)
    {
        var query = new ApiQuery();
        var page = query.Page(limit, offset);
        if (!query.IsValid)
        {
            return TypedResults.ValidationProblem(query.Errors);
        }

        var upperVin = vin?.Trim().ToUpperInvariant();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var matches = db.Vehicles.AsNoTracking()
            .Where(v => upperVin == null || v.Vin == upperVin)
            .Where(v => plate == null || v.Plate == plate);
        var total = await matches.CountAsync(cancellationToken);
        var items = await matches.OrderBy(v => v.Id).Skip(page.Offset).Take(page.Limit).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<VehicleDto>([.. items.Select(v => v.ToDto(withVisits: false))], total, page.Limit, page.Offset));
    }

    /// <summary>One vehicle with its service history, latest visit first.</summary>
    public static async Task<Results<Ok<VehicleDto>, NotFound>> GetAsync(IDbContextFactory<RecordsDbContext> factory, long id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var vehicle = await db.Vehicles.AsNoTracking().Include(v => v.Visits).FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        return vehicle is null ? TypedResults.NotFound() : TypedResults.Ok(vehicle.ToDto(withVisits: true));
    }
}
