using System.Collections.Concurrent;
using ContactHub.Dialogs.Recognition;
using ContactHub.Hub.Campaigns.Scheduling;
using ContactHub.Hub.Tests.Records;
using Quartz;

namespace ContactHub.Hub.Tests.Campaigns.Delivery;

/// <summary>
/// Two schedulers configured as the hub configures them on PostgreSQL (clustered AdoJobStore on a fresh database, its
/// tables provisioned at start) share one database: every firing runs on exactly one of them.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusteredScheduleTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const int Firings = 20;
    private static readonly JobKey CountingJobKey = new("counting", "tests");
    private readonly List<ServiceProvider> _instances = [];
    private string _database = "";

    public async Task InitializeAsync() => _database = await postgres.CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await postgres.DropDatabaseAsync(_database);
    }

    [Fact]
    public async Task TwoInstancesOnOneDatabaseFireEachTriggerOnce()
    {
        var log = new FiringLog(Firings);
        var first = await StartInstanceAsync(log);
        var second = await StartInstanceAsync(log);
        Assert.False(string.Equals(first.SchedulerInstanceId, second.SchedulerInstanceId, StringComparison.Ordinal));

        for (var i = 0; i < Firings; i++)
        {
            var trigger = TriggerBuilder.Create().WithIdentity($"once-{i}", "tests").ForJob(CountingJobKey).StartNow().Build();
            await (i % 2 == 0 ? first : second).ScheduleJob(trigger, cancellationToken: CancellationToken.None);
        }

        await log.AllFired.WaitAsync(TimeSpan.FromSeconds(30));
        await WaitUntilGoneAsync(first);

        Assert.Equal(Firings, log.Count);
        Assert.All(log.ByTrigger, f => Assert.Equal(1, f.Value));
    }

    private async Task<IScheduler> StartInstanceAsync(FiringLog log)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(log);
        services.AddQuartz(q =>
        {
            CampaignScheduleRegistration.Configure(q, new CampaignScheduleOptions { CheckinInterval = TimeSpan.FromSeconds(2) }, DealerTimeZone.Default, _database);
            q.AddJob<CountingJob>(j => j.WithIdentity(CountingJobKey).StoreDurably());
        });
        var provider = services.BuildServiceProvider();
        _instances.Add(provider);
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);
        await scheduler.Start(CancellationToken.None);
        return scheduler;
    }

    /// <summary>A fired one-shot trigger is deleted when its job completes; once gone, no instance can fire it again.</summary>
    private static async Task WaitUntilGoneAsync(IScheduler scheduler)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await scheduler.GetTriggersOfJob(CountingJobKey, timeout.Token)).Count > 0)
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    /// <summary>Counts firings per trigger across both instances.</summary>
    public sealed class FiringLog(int expected)
    {
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _count;

        public ConcurrentDictionary<string, int> ByTrigger { get; } = new(StringComparer.Ordinal);

        public int Count => Volatile.Read(ref _count);

        public Task AllFired => _all.Task;

        public void Record(string trigger)
        {
            ByTrigger.AddOrUpdate(trigger, 1, (_, n) => n + 1);
            if (Interlocked.Increment(ref _count) >= expected)
            {
                _all.TrySetResult();
            }
        }
    }

    public sealed class CountingJob(FiringLog log) : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            log.Record(context.Trigger.Key.Name);
            return ValueTask.CompletedTask;
        }
    }
}
