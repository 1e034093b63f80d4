using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Api;
using ContactHub.Hub.Records;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Endpoints;

public static class SurveysApiEndpoints
{
    public static RouteGroupBuilder MapSurveysApiEndpoints(this RouteGroupBuilder api)
    {
        var surveys = api.MapGroup("/surveys").WithTags("Surveys");
        surveys.MapGet("/", ListAsync).WithName("ListSurveys");
        surveys.MapGet("/{id:long}", GetAsync).WithName("GetSurvey");
        return api;
    }

    /// <summary>Surveys, newest first; filter by kind (sales, service), status and customerId.</summary>
    public static async Task<Results<Ok<Page<SurveyDto>>, ValidationProblem>> ListAsync(
        IDbContextFactory<RecordsDbContext> factory, string? kind, string? status, long? customerId, string? limit, string? offset, CancellationToken cancellationToken)
    {
        var query = new ApiQuery();
        var page = query.Page(limit, offset);
        var (wantedKind, wantedStatus) = (query.Enum<SurveyKind>("kind", kind), query.Enum<SurveyStatus>("status", status));
        if (!query.IsValid)
        {
            return TypedResults.ValidationProblem(query.Errors);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var matches = db.Surveys.AsNoTracking()
            .Where(s => wantedKind == null || s.Kind == wantedKind)
            .Where(s => wantedStatus == null || s.Status == wantedStatus)
            .Where(s => customerId == null || s.CustomerId == customerId);
        var total = await matches.CountAsync(cancellationToken);
        var items = await matches.OrderByDescending(s => s.StartedAt).ThenByDescending(s => s.Id).Skip(page.Offset).Take(page.Limit).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<SurveyDto>([.. items.Select(s => s.ToDto(withAnswers: false))], total, page.Limit, page.Offset));
    }

    public static async Task<Results<Ok<SurveyDto>, NotFound>> GetAsync(IDbContextFactory<RecordsDbContext> factory, long id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var survey = await db.Surveys.AsNoTracking().Include(s => s.Answers).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return survey is null ? TypedResults.NotFound() : TypedResults.Ok(survey.ToDto(withAnswers: true));
    }
}
