using System.Collections.Concurrent;
using ContactHub.Hub.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ContactHub.Hub.Desk;

/// <summary>
/// One sorted set of every instance's desk connections, scored by lease end. An instance renews only the
/// connections it holds; when it crashes, its members stop being renewed and drop out once their lease ends.
/// </summary>
public sealed class RedisDeskPresence(IConnectionMultiplexer redis, TimeProvider clock, IOptions<DeskOptions> options) : IDeskPresence
{
    private readonly ConcurrentDictionary<DeskConnection, byte> _mine = new();

    public async Task ConnectedAsync(string agent, string connectionId, CancellationToken cancellationToken)
    {
        var connection = new DeskConnection(agent, connectionId);
        _mine[connection] = 0;
        await WriteLeasesAsync([connection]);
    }

    public async Task DisconnectedAsync(string agent, string connectionId, CancellationToken cancellationToken)
    {
        var connection = new DeskConnection(agent, connectionId);
        _mine.TryRemove(connection, out _);
        await redis.GetDatabase().SortedSetRemoveAsync(StateKeys.DeskPresence, connection.Member);
    }

    public Task RenewAsync(CancellationToken cancellationToken) => WriteLeasesAsync([.. _mine.Keys]);

    public async Task<IReadOnlySet<string>> OnlineAsync(CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await db.SortedSetRemoveRangeByScoreAsync(StateKeys.DeskPresence, double.NegativeInfinity, now);
        var members = await db.SortedSetRangeByScoreAsync(StateKeys.DeskPresence, now, double.PositiveInfinity, Exclude.Start);
        return members.Select(m => DeskConnection.AgentOf(m.ToString())).ToHashSet(StringComparer.Ordinal);
    }

    private async Task WriteLeasesAsync(IReadOnlyList<DeskConnection> connections)
    {
        if (connections.Count == 0)
        {
            return;
        }

        var lease = options.Value.PresenceLease;
        var end = (clock.GetUtcNow() + lease).ToUnixTimeMilliseconds();
        var db = redis.GetDatabase();
        await db.SortedSetAddAsync(StateKeys.DeskPresence, [.. connections.Select(c => new SortedSetEntry(c.Member, end))]);
        // With every instance gone the whole set goes too, rather than waiting for a reader to trim it.
        await db.KeyExpireAsync(StateKeys.DeskPresence, lease);
    }
}
