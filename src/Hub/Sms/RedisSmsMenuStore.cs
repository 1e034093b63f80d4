using System.Text.Json;
using ContactHub.Channels;
using ContactHub.Hub.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ContactHub.Hub.Sms;

public sealed class RedisSmsMenuStore(IConnectionMultiplexer redis, IOptions<StateOptions> options) : ISmsMenuStore
{
    public async Task SetAsync(ConversationKey key, IReadOnlyList<string> replyTexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replyTexts);
        var db = redis.GetDatabase();
        if (replyTexts.Count == 0)
        {
            await db.KeyDeleteAsync(StateKeys.SmsMenu(key));
            return;
        }

        var json = PooledJson.Serialize(replyTexts as List<string> ?? [.. replyTexts], SmsJsonContext.Default.ListString);
        await db.StringSetAsync(StateKeys.SmsMenu(key), json.Written, options.Value.ConversationTtl);
        json.Return();
    }

    public async Task<IReadOnlyList<string>> GetAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var json = await redis.GetDatabase().StringGetAsync(StateKeys.SmsMenu(key));
        return json.IsNullOrEmpty ? [] : JsonSerializer.Deserialize(((ReadOnlyMemory<byte>)json).Span, SmsJsonContext.Default.ListString) ?? [];
    }
}
