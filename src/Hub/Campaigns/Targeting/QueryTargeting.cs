using ContactHub.Hub.Campaigns.Rules;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Campaigns.Targeting;

/// <summary>A rule whose page is one query: a projection filtered by id, streamed with AsAsyncEnumerable.</summary>
public abstract class QueryTargeting<TRow>(IDbContextFactory<RecordsDbContext> records) : KeysetTargeting<TRow>(records)
{
    /// <summary>The candidates with an id above <paramref name="after"/>, ordered by that id, projected to <typeparamref name="TRow"/>.</summary>
    protected abstract IQueryable<TRow> Candidates(RecordsDbContext db, CampaignRuleContext rule, long after);

    protected override async Task<IReadOnlyList<TRow>> PageAsync(RecordsDbContext db, CampaignRuleContext rule, long after, int size, CancellationToken cancellationToken)
    {
        var rows = new List<TRow>(size);
        await foreach (var row in Candidates(db, rule, after).Take(size).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
