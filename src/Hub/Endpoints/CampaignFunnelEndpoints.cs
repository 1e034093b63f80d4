using ContactHub.Hub.Campaigns.Delivery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Hub.Endpoints;

/// <summary>The campaign funnel (issue 7); the rest of /api/campaigns lives in the campaign admin endpoints.</summary>
public static class CampaignFunnelEndpoints
{
    public static RouteGroupBuilder MapCampaignFunnelEndpoints(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Campaigns");
        campaigns.MapGet("/{id:long}/funnel", GetFunnelAsync).WithName("GetCampaignFunnel");
        return api;
    }

    /// <summary>targeted → sent → delivered → replied → booked → visited, plus failed and skipped.</summary>
    public static async Task<Results<Ok<CampaignFunnel>, NotFound>> GetFunnelAsync(CampaignFunnelCounter funnels, long id, CancellationToken cancellationToken) =>
        await funnels.CountAsync(id, cancellationToken) is { } funnel ? TypedResults.Ok(funnel) : TypedResults.NotFound();
}
