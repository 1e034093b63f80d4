using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace ContactHub.Hub.Campaigns.Scheduling;

/// <summary>
/// The recurring campaign run: targets and enqueues every Running campaign. One at a time per cluster
/// (<see cref="DisallowConcurrentExecutionAttribute"/>); the runner is idempotent anyway, so a run that overlaps a
/// manual start enqueues nothing twice.
/// </summary>
[DisallowConcurrentExecution]
public sealed class CampaignRunJob(IDbContextFactory<RecordsDbContext> records, ICampaignRunner runner, ILogger<CampaignRunJob> logger) : IJob
{
    public static readonly JobKey Key = new("campaign-run", "campaigns");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await RunRunningCampaignsAsync(cancellationToken);

    /// <returns>How many campaigns ran.</returns>
    public async Task<int> RunRunningCampaignsAsync(CancellationToken cancellationToken)
    {
        List<long> running;
        await using (var db = await records.CreateDbContextAsync(cancellationToken))
        {
            running = await db.Campaigns.Where(c => c.Status == CampaignStatus.Running).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        }

        foreach (var id in running)
        {
            try
            {
                var report = await runner.RunAsync(id, cancellationToken);
                logger.LogInformation("Campaign {CampaignId} ran: {Targeted} targeted, {Enqueued} enqueued", id, report.Targeted, report.Enqueued);
            }
            catch (Exception ex) when (ex is not OperationCanceledException) // one broken campaign must not stop the others
            {
                logger.LogError(ex, "Campaign {CampaignId} could not run; the next firing tries again", id);
            }
        }

        return running.Count;
    }
}
