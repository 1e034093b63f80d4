using StackExchange.Redis;

namespace ContactHub.LoadTest;

/// <summary>
/// Redis bytes a conversation holds, summed from MEMORY USAGE over every key naming its id (a Direct Line conversation
/// id or an SMS number). "Idle" counts only the keys that will still be there after a day without messages (no TTL,
/// or a TTL longer than a day): what a conversation costs once the short-lived history and dedupe keys have expired.
/// Only <see cref="Sampled"/> conversations spread evenly over the run's are measured, found in one scan of the
/// keyspace: a steady run at maximum starts thousands, and a KEYS scan per conversation took minutes.
/// </summary>
public static class RedisFootprint
{
    public const int Sampled = 200;

    private static readonly TimeSpan Idle = TimeSpan.FromDays(1);

    public static async Task<RedisFootprintFigures> PerConversationAsync(IConnectionMultiplexer redis, IReadOnlyCollection<string> conversationIds)
    {
        var started = conversationIds.ToArray();
        var step = Math.Max(1, started.Length / Sampled);
        var sample = started.Where((_, i) => i % step == 0).Take(Sampled).ToList();
        var server = redis.GetServers()[0];
        var db = redis.GetDatabase();
        long state = 0;
        long all = 0;
        long idle = 0;
        await foreach (var key in server.KeysAsync(pageSize: 10_000))
        {
            var name = key.ToString();
            if (!sample.Exists(id => name.Contains(id, StringComparison.Ordinal)))
            {
                continue;
            }

            var bytes = (long)await db.ExecuteAsync("MEMORY", "USAGE", name);
            all += bytes;
            if (name.EndsWith(":state", StringComparison.Ordinal))
            {
                state += bytes;
            }

            if (await db.KeyTimeToLiveAsync(key) is not { } ttl || ttl > Idle)
            {
                idle += bytes;
            }
        }

        var count = Math.Max(1, sample.Count);
        return new RedisFootprintFigures((double)state / count, (double)all / count, (double)idle / count);
    }
}
