using StackExchange.Redis;

namespace ContactHub.LoadTest;

/// <summary>
/// Redis bytes a conversation holds, summed from MEMORY USAGE over every key naming its id (a Direct Line conversation
/// id or an SMS number). "Idle" counts only the keys that will still be there after a day without messages (no TTL,
/// or a TTL longer than a day): what a conversation costs once the short-lived history and dedupe keys have expired.
/// Each id is a KEYS scan of the whole keyspace, so only the first <see cref="Sampled"/> conversations are measured: a
/// steady run at maximum starts thousands, and scanning for all of them took three minutes.
/// </summary>
public static class RedisFootprint
{
    public const int Sampled = 200;

    private static readonly TimeSpan Idle = TimeSpan.FromDays(1);

    public static async Task<RedisFootprintFigures> PerConversationAsync(IConnectionMultiplexer redis, IReadOnlyCollection<string> conversationIds)
    {
        var server = redis.GetServers()[0];
        var db = redis.GetDatabase();
        long state = 0;
        long all = 0;
        long idle = 0;
        var sample = conversationIds.Take(Sampled).ToList();
        foreach (var id in sample)
        {
            await foreach (var key in server.KeysAsync(pattern: $"*{id}*", pageSize: 1000))
            {
                var bytes = (long)await db.ExecuteAsync("MEMORY", "USAGE", key.ToString());
                all += bytes;
                if (key.ToString().EndsWith(":state", StringComparison.Ordinal))
                {
                    state += bytes;
                }

                if (await db.KeyTimeToLiveAsync(key) is not { } ttl || ttl > Idle)
                {
                    idle += bytes;
                }
            }
        }

        var count = Math.Max(1, sample.Count);
        return new RedisFootprintFigures((double)state / count, (double)all / count, (double)idle / count);
    }
}
