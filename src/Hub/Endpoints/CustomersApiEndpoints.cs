using ContactHub.Hub.Api;
using ContactHub.Hub.Records;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Endpoints;

public static class CustomersApiEndpoints
{
    public static RouteGroupBuilder MapCustomersApiEndpoints(this RouteGroupBuilder api)
    {
        var customers = api.MapGroup("/customers").WithTags("Customers");
        customers.MapGet("/", ListAsync).WithName("ListCustomers");
        customers.MapGet("/{id:long}", GetAsync).WithName("GetCustomer");
        customers.MapGet("/{id:long}/vehicles", VehiclesAsync).WithName("GetCustomerVehicles");
        return api;
    }

    /// <summary>Customers by id; <c>mobile</c> matches exactly (any common form), <c>q</c> matches part of a name.</summary>
    public static async Task<Results<Ok<Page<CustomerDto>>, ValidationProblem>> ListAsync(
        IDbContextFactory<RecordsDbContext> factory, string? mobile, string? q, string? limit, string? offset, CancellationToken cancellationToken)
    {
        var query = new ApiQuery();
        var page = query.Page(limit, offset);
        var e164 = MobileNumber.Normalize(mobile);
        if (mobile is not null && e164 is null)
        {
            query.Errors["mobile"] = [$"'{mobile}' is not a mobile number."];
        }

        if (!query.IsValid)
        {
            return TypedResults.ValidationProblem(query.Errors);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var matches = db.Customers.AsNoTracking().Include(c => c.Consents)
            .Where(c => e164 == null || c.Mobile == e164)
            .Where(c => q == null || c.Name.Contains(q));
        var total = await matches.CountAsync(cancellationToken);
        var items = await matches.OrderBy(c => c.Id).Skip(page.Offset).Take(page.Limit).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<CustomerDto>([.. items.Select(c => c.ToDto())], total, page.Limit, page.Offset));
    }

    public static async Task<Results<Ok<CustomerDto>, NotFound>> GetAsync(IDbContextFactory<RecordsDbContext> factory, long id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().Include(c => c.Consents).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return customer is null ? TypedResults.NotFound() : TypedResults.Ok(customer.ToDto());
    }

    public static async Task<Results<Ok<IReadOnlyList<VehicleDto>>, NotFound>> VehiclesAsync(IDbContextFactory<RecordsDbContext> factory, long id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await db.Customers.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var vehicles = await db.Vehicles.AsNoTracking().Where(v => v.CustomerId == id).OrderBy(v => v.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<VehicleDto>>([.. vehicles.Select(v => v.ToDto(withVisits: false))]);
    }
}
