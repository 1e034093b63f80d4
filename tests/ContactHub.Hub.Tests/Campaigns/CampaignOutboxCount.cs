using ContactHub.Hub.State;
using StackExchange.Redis;

namespace ContactHub.Hub.Tests.Campaigns;

/// <summary>Messages in one Redis outbox, ready or waiting for their NotBefore.</summary>
public static class CampaignOutboxCount
{
    public static async Task<long> OfAsync(IConnectionMultiplexer redis, string outbox)
    {
        ArgumentNullException.ThrowIfNull(redis);
        var db = redis.GetDatabase();
        return await db.StreamLengthAsync(StateKeys.OutboxStream(outbox)) + await db.SortedSetLengthAsync(StateKeys.OutboxDelayed(outbox));
    }
}
