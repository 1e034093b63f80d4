using System.Text.Json;
using ContactHub.Channels;
using ContactHub.Hub.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ContactHub.Hub.Sms;

public sealed class RedisSmsMenuStore(IConnectionMultiplexer redis, IOptions<StateOptions> options) : ISmsMenuStore
{
    public Task SetAsync(ConversationKey key, IReadOnlyList<string> replyTexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replyTexts);
        var db = redis.GetDatabase();
        return replyTexts.Count == 0
            ? db.KeyDeleteAsync(StateKeys.SmsMenu(key))
            : db.StringSetAsync(
                StateKeys.SmsMenu(key),
                StoredJson.Serialize<List<string>>([.. replyTexts], SmsJsonContext.Default.ListString),
                options.Value.ConversationTtl);
    }

    public async Task<IReadOnlyList<string>> GetAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var json = await redis.GetDatabase().StringGetAsync(StateKeys.SmsMenu(key));
        return json.IsNullOrEmpty ? [] : JsonSerializer.Deserialize(((ReadOnlyMemory<byte>)json).Span, SmsJsonContext.Default.ListString) ?? [];
    }
}
