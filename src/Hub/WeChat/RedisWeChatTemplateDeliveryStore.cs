using System.Globalization;
using ContactHub.Channels.WeChat;
using ContactHub.Hub.State;
using StackExchange.Redis;

namespace ContactHub.Hub.WeChat;

public sealed class RedisWeChatTemplateDeliveryStore(IConnectionMultiplexer redis, WeChatOptions options) : IWeChatTemplateDeliveryStore
{
    private static readonly TimeSpan Keep = TimeSpan.FromDays(30);

    public async Task RecordSentAsync(string msgId, string openId, string template, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // The delivery result may overtake us; "sent" must not overwrite it.
        await redis.GetDatabase().HashSetAsync(StateKeys.WeChatTemplateDelivery(options.AppId, msgId), "status", "sent", When.NotExists);
        await WriteAsync(msgId, [new("openid", openId), new("template", template), new("sentAt", Stamp(at))]);
    }

    public Task RecordStatusAsync(string msgId, string status, DateTimeOffset at, CancellationToken cancellationToken) =>
        WriteAsync(msgId, [new("status", status), new("at", Stamp(at))]);

    public async Task<string?> GetStatusAsync(string msgId, CancellationToken cancellationToken) =>
        await redis.GetDatabase().HashGetAsync(StateKeys.WeChatTemplateDelivery(options.AppId, msgId), "status");

    private async Task WriteAsync(string msgId, HashEntry[] fields)
    {
        var key = StateKeys.WeChatTemplateDelivery(options.AppId, msgId);
        var db = redis.GetDatabase();
        await db.HashSetAsync(key, fields);
        await db.KeyExpireAsync(key, Keep);
    }

    private static string Stamp(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);
}
