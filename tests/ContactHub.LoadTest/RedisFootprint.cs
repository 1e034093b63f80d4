using StackExchange.Redis;

namespace ContactHub.LoadTest;

/// <summary>
/// Redis bytes a conversation holds, summed from MEMORY USAGE over every key naming its id (a Direct Line conversation
/// id or an SMS number). "Idle" counts only the keys that will still be there after a day without messages (no TTL,
/// or a TTL longer than a day): what a conversation costs once the short-lived history and dedupe keys have expired.
/// </summary>
public static class RedisFootprint
{
    private static readonly TimeSpan Idle = TimeSpan.FromDays(1);

    public static async Task<RedisFootprintFigures> PerConversationAsync(IConnectionMultiplexer redis, IReadOnlyCollection<string> conversationIds)
    {
        var server = redis.GetServers()[0];
        var db = redis.GetDatabase();
        long state = 0;
        long all = 0;
        long idle = 0;
        foreach (var id in conversationIds)
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

        var count = Math.Max(1, conversationIds.Count);
        return new RedisFootprintFigures((double)state / count, (double)all / count, (double)idle / count);
    }
}
