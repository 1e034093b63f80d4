using System.Text.Json;
using ContactHub.Hub.Api;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Campaigns.Rules;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Endpoints;

/// <summary>
/// The campaigns admin API (issue 7). A created campaign is a Draft: previews work, nothing is sent. Started, the
/// scheduler runs it; paused, it targets nothing new (what is already queued still goes). <c>run</c> runs it now.
/// </summary>
public static class CampaignsApiEndpoints
{
    public static RouteGroupBuilder MapCampaignsApiEndpoints(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Campaigns");
        campaigns.MapPost("/", CreateAsync).WithName("CreateCampaign");
        campaigns.MapGet("/", ListAsync).WithName("ListCampaigns");
        campaigns.MapGet("/{id:long}", GetAsync).WithName("GetCampaign");
        campaigns.MapPost("/{id:long}/preview", PreviewAsync).WithName("PreviewCampaign");
        campaigns.MapPost("/{id:long}/start", StartAsync).WithName("StartCampaign");
        campaigns.MapPost("/{id:long}/pause", PauseAsync).WithName("PauseCampaign");
        campaigns.MapPost("/{id:long}/run", RunAsync).WithName("RunCampaign");
        return api;
    }

    public static async Task<Results<Created<CampaignDto>, ValidationProblem>> CreateAsync(
        IDbContextFactory<RecordsDbContext> factory, TimeProvider clock, CampaignZone zone, CreateCampaignRequest request, CancellationToken cancellationToken)
    {
        var (definition, errors) = CampaignDefinitionValidation.Validate(request, QuietHours.LocalDate(clock.GetUtcNow(), zone.Zone));
        if (definition is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var campaign = new Campaign
        {
            Name = definition.Name,
            Kind = definition.Kind,
            Status = CampaignStatus.Draft,
            Definition = JsonSerializer.Serialize(definition, CampaignJsonContext.Default.CampaignDefinition),
            CreatedAt = clock.GetUtcNow(),
        };
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/campaigns/{campaign.Id}", campaign.ToDto());
    }

    /// <summary>Campaigns, newest first.</summary>
    public static async Task<Results<Ok<Page<CampaignDto>>, ValidationProblem>> ListAsync(
        IDbContextFactory<RecordsDbContext> factory, string? limit, string? offset, CancellationToken cancellationToken)
    {
        var query = new ApiQuery();
        var page = query.Page(limit, offset);
        if (!query.IsValid)
        {
            return TypedResults.ValidationProblem(query.Errors);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var total = await db.Campaigns.CountAsync(cancellationToken);
        var items = await db.Campaigns.AsNoTracking().OrderByDescending(c => c.Id).Skip(page.Offset).Take(page.Limit).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<CampaignDto>([.. items.Select(c => c.ToDto())], total, page.Limit, page.Offset));
    }

    public static async Task<Results<Ok<CampaignDto>, NotFound>> GetAsync(IDbContextFactory<RecordsDbContext> factory, long id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return campaign is null ? TypedResults.NotFound() : TypedResults.Ok(campaign.ToDto());
    }

    /// <summary>The dry run: who would get what, on which channel and when (at most <c>limit</c> sends listed, default 50, at most 1000).</summary>
    public static async Task<Results<Ok<CampaignReportDto>, NotFound, ValidationProblem>> PreviewAsync(
        IDbContextFactory<RecordsDbContext> factory, ICampaignRunner runner, long id, string? limit, CancellationToken cancellationToken)
    {
        var query = new ApiQuery();
        var howMany = query.Int("limit", limit, 50, 0, 1000);
        if (!query.IsValid)
        {
            return TypedResults.ValidationProblem(query.Errors);
        }

        if (await FindAsync(factory, id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok((await runner.PreviewAsync(id, howMany, cancellationToken)).ToDto());
    }

    public static Task<Results<Ok<CampaignDto>, NotFound, ProblemHttpResult>> StartAsync(
        IDbContextFactory<RecordsDbContext> factory, TimeProvider clock, long id, CancellationToken cancellationToken) =>
        ChangeStatusAsync(factory, id, campaign =>
        {
            campaign.Status = CampaignStatus.Running;
            campaign.StartedAt ??= clock.GetUtcNow();
            campaign.PausedAt = null;
            return null;
        }, cancellationToken);

    public static Task<Results<Ok<CampaignDto>, NotFound, ProblemHttpResult>> PauseAsync(
        IDbContextFactory<RecordsDbContext> factory, TimeProvider clock, long id, CancellationToken cancellationToken) =>
        ChangeStatusAsync(factory, id, campaign =>
        {
            if (campaign.Status == CampaignStatus.Draft)
            {
                return "A draft campaign has not started; there is nothing to pause.";
            }

            if (campaign.Status == CampaignStatus.Running)
            {
                (campaign.Status, campaign.PausedAt) = (CampaignStatus.Paused, clock.GetUtcNow());
            }

            return null;
        }, cancellationToken);

    /// <summary>Runs the campaign now (drafts too, for a one-off send); a paused campaign is refused.</summary>
    public static async Task<Results<Ok<CampaignReportDto>, NotFound, ProblemHttpResult>> RunAsync(
        IDbContextFactory<RecordsDbContext> factory, ICampaignRunner runner, long id, CancellationToken cancellationToken)
    {
        var campaign = await FindAsync(factory, id, cancellationToken);
        if (campaign is null)
        {
            return TypedResults.NotFound();
        }

        if (campaign.Status == CampaignStatus.Paused)
        {
            return TypedResults.Problem("The campaign is paused; start it again before running it.", statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Ok((await runner.RunAsync(id, cancellationToken)).ToDto());
    }

    private static async Task<Campaign?> FindAsync(IDbContextFactory<RecordsDbContext> factory, long id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    /// <param name="change">Changes the campaign, or returns why it may not (a 409).</param>
    private static async Task<Results<Ok<CampaignDto>, NotFound, ProblemHttpResult>> ChangeStatusAsync(
        IDbContextFactory<RecordsDbContext> factory, long id, Func<Campaign, string?> change, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return TypedResults.NotFound();
        }

        if (change(campaign) is { } refusal)
        {
            return TypedResults.Problem(refusal, statusCode: StatusCodes.Status409Conflict);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(campaign.ToDto());
    }
}
