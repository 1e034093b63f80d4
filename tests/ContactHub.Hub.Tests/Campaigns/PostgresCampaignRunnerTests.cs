using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Hub.Tests.Records;

namespace ContactHub.Hub.Tests.Campaigns;

/// <summary>The same contract on PostgreSQL (CONTACTHUB_POSTGRES, or a throwaway cluster), with its own redis-server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCampaignRunnerTests(PostgresFixture postgres, RedisServerFixture redis) : CampaignRunnerContract, IClassFixture<RedisServerFixture>
{
    private readonly string _outbox = $"campaigns-{Guid.NewGuid():N}";
    private string? _connectionString;

    protected override async Task<CampaignHost> StartInstanceAsync()
    {
        _connectionString ??= await postgres.CreateDatabaseAsync();
        return await CampaignHost.StartAsync("postgres", _connectionString, redis.ConnectionString, _outbox);
    }

    protected override Task<long> EnqueuedCountAsync() => CampaignOutboxCount.OfAsync(redis.Connection, _outbox);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await postgres.DropDatabaseAsync(_connectionString!);
    }
}
