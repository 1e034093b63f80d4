using ContactHub.Hub.Tests.Infrastructure;
using StackExchange.Redis;

namespace ContactHub.Hub.Tests.Campaigns;

[Collection(RedisCollection.Name)]
public sealed class SqliteCampaignRunnerTests(RedisServerFixture redis) : CampaignRunnerContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"contacthub-campaigns-{Guid.NewGuid():N}.db");
    private readonly string _outbox = $"campaigns-{Guid.NewGuid():N}";

    protected override Task<CampaignHost> StartInstanceAsync() =>
        CampaignHost.StartAsync("sqlite", $"Data Source={_path}", redis.ConnectionString, _outbox);

    protected override Task<long> EnqueuedCountAsync() => CampaignOutboxCount.OfAsync(redis.Connection, _outbox);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
