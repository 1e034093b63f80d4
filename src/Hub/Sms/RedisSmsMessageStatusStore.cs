using System.Globalization;
using ContactHub.Channels.Sms;
using ContactHub.Hub.State;
using StackExchange.Redis;

namespace ContactHub.Hub.Sms;

public sealed class RedisSmsMessageStatusStore(IConnectionMultiplexer redis, TimeProvider clock) : ISmsMessageStatusStore
{
    private static readonly TimeSpan Ttl = TimeSpan.FromDays(30);

    // ARGV: status, rank, error code ("" = none), to ("" = unknown), activity id ("" = none), now (unix ms), ttl (s).
    // The status moves only upwards by rank, atomically, because two callbacks for one Sid can race on two instances.
    private const string Record = """
        local rank = tonumber(redis.call('HGET', KEYS[1], 'r') or '-1')
        if tonumber(ARGV[2]) > rank then
          redis.call('HSET', KEYS[1], 's', ARGV[1], 'r', ARGV[2], 'u', ARGV[6])
          if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'e', ARGV[3]) end
        end
        if ARGV[4] ~= '' then redis.call('HSETNX', KEYS[1], 'to', ARGV[4]) end
        if ARGV[5] ~= '' then redis.call('HSETNX', KEYS[1], 'k', ARGV[5]) end
        redis.call('EXPIRE', KEYS[1], ARGV[7])
        return 1
        """;

    public Task RecordSentAsync(string messageSid, string to, string? activityId, CancellationToken cancellationToken) =>
        RunAsync(new SmsStatusUpdate(messageSid, "queued", null, to, null), activityId);

    public Task RecordAsync(SmsStatusUpdate update, CancellationToken cancellationToken) => RunAsync(update, activityId: null);

    public async Task<SmsMessageRecord?> GetAsync(string messageSid, CancellationToken cancellationToken)
    {
        var fields = (await redis.GetDatabase().HashGetAllAsync(StateKeys.SmsMessage(messageSid)))
            .ToDictionary(e => (string)e.Name!, e => (string?)e.Value, StringComparer.Ordinal);
        if (!fields.TryGetValue("s", out var status) || status is null)
        {
            return null;
        }

        int? error = fields.TryGetValue("e", out var e) && int.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : null;
        return new SmsMessageRecord(messageSid, status, error, fields.GetValueOrDefault("to"), fields.GetValueOrDefault("k"));
    }

    private Task RunAsync(SmsStatusUpdate update, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(update);
        return redis.GetDatabase().ScriptEvaluateAsync(
            Record,
            [StateKeys.SmsMessage(update.MessageSid)],
            [
                update.MessageStatus,
                update.Rank,
                update.ErrorCode?.ToString(CultureInfo.InvariantCulture) ?? "",
                update.To ?? "",
                activityId ?? "",
                clock.GetUtcNow().ToUnixTimeMilliseconds(),
                (long)Ttl.TotalSeconds,
            ]);
    }
}
