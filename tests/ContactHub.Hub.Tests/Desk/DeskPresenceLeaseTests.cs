using ContactHub.Hub.Desk;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Hub.Tests.WebChat;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>
/// Stale presence after a crash (issue 6 review): an agent whose hub instance died without disconnecting them ages
/// out once the lease ends, while the agents of a live instance stay online through its heartbeat. The clock is moved,
/// not waited on.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class DeskPresenceLeaseTests(RedisServerFixture redis)
{
    private static readonly IOptions<DeskOptions> Options = Microsoft.Extensions.Options.Options.Create(new DeskOptions { PresenceLease = TimeSpan.FromSeconds(90) });
    private readonly MovableTimeProvider _clock = new();
    private readonly string _crashed = $"agent-{Guid.NewGuid():N}";
    private readonly string _alive = $"agent-{Guid.NewGuid():N}";
    private readonly IConnectionMultiplexer _redis = redis.Connection;

    [Fact]
    public async Task OnRedisACrashedInstancesAgentAgesOutAndALiveInstancesAgentStays()
    {
        var crashedInstance = new RedisDeskPresence(_redis, _clock, Options);
        var liveInstance = new RedisDeskPresence(_redis, _clock, Options);
        await crashedInstance.ConnectedAsync(_crashed, "c1", CancellationToken.None);
        await liveInstance.ConnectedAsync(_alive, "c2", CancellationToken.None);
        var before = await liveInstance.OnlineAsync(CancellationToken.None);
        Assert.True(before.Contains(_crashed) && before.Contains(_alive));

        await BeatsWithoutTheCrashedInstanceAsync(liveInstance);

        var online = await liveInstance.OnlineAsync(CancellationToken.None);
        Assert.Contains(_alive, online);
        Assert.DoesNotContain(_crashed, online);
    }

    [Fact]
    public async Task InProcessAConnectionThatIsNotRenewedAgesOutAndADisconnectCountsAtOnce()
    {
        var presence = new InMemoryDeskPresence(_clock, Options);
        await presence.ConnectedAsync(_alive, "c1", CancellationToken.None);
        await presence.ConnectedAsync(_alive, "c2", CancellationToken.None);
        await presence.DisconnectedAsync(_alive, "c1", CancellationToken.None);
        Assert.Contains(_alive, await presence.OnlineAsync(CancellationToken.None));

        _clock.Advance(TimeSpan.FromSeconds(91));

        Assert.DoesNotContain(_alive, await presence.OnlineAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AgentWithTwoPagesStaysOnlineWhenOneCloses()
    {
        var presence = new RedisDeskPresence(_redis, _clock, Options);
        await presence.ConnectedAsync(_alive, "page-1", CancellationToken.None);
        await presence.ConnectedAsync(_alive, "page-2", CancellationToken.None);

        await presence.DisconnectedAsync(_alive, "page-1", CancellationToken.None);
        Assert.Contains(_alive, await presence.OnlineAsync(CancellationToken.None));

        await presence.DisconnectedAsync(_alive, "page-2", CancellationToken.None);
        Assert.DoesNotContain(_alive, await presence.OnlineAsync(CancellationToken.None));
    }

    /// <summary>Three heartbeats of 40 s: 120 s in all, past the crashed instance's 90 s lease but never past a renewed one.</summary>
    private async Task BeatsWithoutTheCrashedInstanceAsync(RedisDeskPresence liveInstance)
    {
        for (var beat = 0; beat < 3; beat++)
        {
            _clock.Advance(TimeSpan.FromSeconds(40));
            await liveInstance.RenewAsync(CancellationToken.None);
        }
    }
}
