using ContactHub.Hub.Api;
using ContactHub.Hub.Campaigns.Delivery;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Desk;

/// <summary>Every campaign with its funnel, counted by the same <see cref="CampaignFunnelCounter"/> as GET /api/campaigns/{id}/funnel (issue 7).</summary>
public sealed class DeskCampaignFunnels(IDbContextFactory<RecordsDbContext> records, CampaignFunnelCounter funnels)
{
    public async Task<IReadOnlyList<DeskCampaignFunnel>> ListAsync(CancellationToken cancellationToken)
    {
        List<(long Id, string Name, string Kind, string Status)> campaigns;
        await using (var db = await records.CreateDbContextAsync(cancellationToken))
        {
            campaigns = [.. (await db.Campaigns.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Name, c.Kind, c.Status }).ToListAsync(cancellationToken))
                .Select(c => (c.Id, c.Name, ApiNames.Of(c.Kind), ApiNames.Of(c.Status)))];
        }

        var rows = new List<DeskCampaignFunnel>(campaigns.Count);
        foreach (var (id, name, kind, status) in campaigns)
        {
            // A campaign deleted since the list was read has no funnel; it is left out.
            if (await funnels.CountAsync(id, cancellationToken) is { } f)
            {
                rows.Add(new DeskCampaignFunnel(id, name, kind, status, f));
            }
        }

        return rows;
    }
}
