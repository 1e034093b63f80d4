using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Campaigns.Scheduling;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace ContactHub.Hub.Tests.Campaigns.Delivery;

/// <summary>The scheduled run over the demo data on SQLite: Running campaigns are run, Draft and Paused ones are not.</summary>
public sealed class CampaignRunJobTests : IAsyncLifetime
{
    private CampaignHubHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new CampaignHubHost(settings: new Dictionary<string, string>(StringComparer.Ordinal) { ["Campaigns:Schedule:Enabled"] = "true" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RunsEveryRunningCampaignAndNoOther()
    {
        var running = await CampaignTestData.CampaignAsync(_host, CampaignKind.PeriodicMaintenance, CampaignStatus.Running);
        var draft = await CampaignTestData.CampaignAsync(_host, CampaignKind.PeriodicMaintenance, CampaignStatus.Draft);
        var paused = await CampaignTestData.CampaignAsync(_host, CampaignKind.VisitSurvey, CampaignStatus.Paused);
        var job = ActivatorUtilities.CreateInstance<CampaignRunJob>(_host.Services);

        Assert.Equal(1, await job.RunRunningCampaignsAsync(CancellationToken.None));

        await using var db = await _host.RecordsAsync();
        var lastRuns = await db.Campaigns.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.LastRunAt);
        Assert.NotNull(lastRuns[running]);
        Assert.Null(lastRuns[draft]);
        Assert.Null(lastRuns[paused]);
        Assert.True(await db.CampaignDeliveries.AnyAsync(d => d.CampaignId == running), "the demo data has vehicles due for periodic maintenance");
        Assert.False(await db.CampaignDeliveries.AnyAsync(d => d.CampaignId == draft || d.CampaignId == paused));
    }

    [Fact]
    public async Task TheHubSchedulesTheRunOnEveryConfiguredCron()
    {
        var scheduler = await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);

        var triggers = await scheduler.GetTriggersOfJob(CampaignRunJob.Key, CancellationToken.None);

        Assert.Equal(CampaignScheduleOptions.DefaultCrons.Order(StringComparer.Ordinal), triggers.OfType<ICronTrigger>().Select(t => t.CronExpressionString!).Order(StringComparer.Ordinal));
        Assert.True((await scheduler.GetJobDetail(CampaignRunJob.Key, CancellationToken.None))!.ConcurrentExecutionDisallowed);
    }
}
