using System.Runtime.CompilerServices;
using ContactHub.Hub.Campaigns.Rules;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Campaigns.Targeting;

/// <summary>
/// Reads a rule's candidates in pages by ascending id (keyset pagination, AsNoTracking projections), each page on its
/// own short-lived context, so no reader stays open while the runner writes (SQLite would block the writer) and memory
/// stays flat at a million vehicles. Due targets are handed out in batches of about <see cref="CampaignOptions.BatchSize"/>.
/// </summary>
public abstract class KeysetTargeting<TRow>(IDbContextFactory<RecordsDbContext> records) : ICampaignTargeting
{
    public abstract CampaignKind Kind { get; }

    /// <summary>At most <paramref name="size"/> candidates with an id above <paramref name="after"/>, in ascending id order.</summary>
    protected abstract Task<IReadOnlyList<TRow>> PageAsync(RecordsDbContext db, CampaignRuleContext rule, long after, int size, CancellationToken cancellationToken);

    protected abstract long IdOf(TRow row);

    /// <summary>The target when the rule says the candidate is due, otherwise null.</summary>
    protected abstract CampaignTarget? Due(TRow row, CampaignRuleContext rule);

    public async IAsyncEnumerable<IReadOnlyList<CampaignTarget>> BatchesAsync(CampaignRuleContext rule, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var size = Math.Max(1, rule.Options.BatchSize);
        var due = new List<CampaignTarget>(size);
        long after = 0;
        int read;
        do
        {
            read = 0;
            await using (var db = await records.CreateDbContextAsync(cancellationToken))
            {
                foreach (var row in await PageAsync(db, rule, after, size, cancellationToken))
                {
                    read++;
                    after = IdOf(row);
                    if (Due(row, rule) is { } target)
                    {
                        due.Add(target);
                    }
                }
            }

            if (due.Count >= size || (read < size && due.Count > 0))
            {
                yield return due;
                due = new List<CampaignTarget>(size);
            }
        }
        while (read == size);
    }
}
