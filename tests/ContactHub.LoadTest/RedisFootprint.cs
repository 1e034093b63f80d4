using StackExchange.Redis;

namespace ContactHub.LoadTest;

/// <summary>Redis bytes a conversation holds, summed from MEMORY USAGE over every key naming its id.</summary>
public static class RedisFootprint
{
    public static async Task<(double StateBytes, double AllBytes)> PerConversationAsync(IConnectionMultiplexer redis, IReadOnlyCollection<string> conversationIds)
    {
        var server = redis.GetServers()[0];
        var db = redis.GetDatabase();
        long state = 0;
        long all = 0;
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
            }
        }

        return ((double)state / conversationIds.Count, (double)all / conversationIds.Count);
    }
}
