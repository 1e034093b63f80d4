using System.Globalization;
using System.Text.Json;
using ContactHub.Channels;
using ContactHub.Channels.WebChat;
using ContactHub.Hub.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ContactHub.Hub.WebChat;

/// <summary>
/// One stream per conversation whose entry id is the watermark ("{seq}-0"), a meta hash holding the sequence,
/// and a pub/sub channel that wakes the conversation's WebSocket on whichever instance holds it. The append
/// script allocates the sequence, adds the entry and publishes in one step, so watermarks never go backwards
/// however many instances append at once. Stored JSON has no id: it is derived from the entry id on read. The log
/// expires sooner than the meta hash (State:DirectLineHistoryTtl): an idle conversation keeps its sequence, not its
/// history, and a log that expired is started again at the next watermark.
/// </summary>
public sealed class RedisDirectLineStore(
    IConnectionMultiplexer redis,
    IOptions<DirectLineOptions> options,
    IOptions<StateOptions> stateOptions) : IDirectLineStore
{
    private const string ActivityField = "a";

    private const string CreateScript = """
        local created = redis.call('HSETNX', KEYS[1], 'created', ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return created
        """;

    private const string AppendScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        local n = redis.call('HINCRBY', KEYS[1], 'seq', 1)
        redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[2], n .. '-0', 'a', ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        redis.call('PEXPIRE', KEYS[2], ARGV[5])
        redis.call('PUBLISH', ARGV[4], 'a')
        return n
        """;

    private long TtlMilliseconds => (long)stateOptions.Value.ConversationTtl.TotalMilliseconds;

    private long HistoryTtlMilliseconds => (long)Math.Min(stateOptions.Value.DirectLineHistoryTtl.TotalMilliseconds, TtlMilliseconds);

    public async Task<bool> CreateConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var created = await redis.GetDatabase().ScriptEvaluateAsync(
            CreateScript,
            [StateKeys.DirectLineMeta(conversationId)],
            [DateTimeOffset.UtcNow.ToUnixTimeSeconds(), TtlMilliseconds]);
        return (long)created == 1;
    }

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        redis.GetDatabase().KeyExistsAsync(StateKeys.DirectLineMeta(conversationId));

    public async Task<DirectLineWatermark?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        // Ids come from the log's entry ids when read; an activity that has none already is logged without a copy.
        var json = PooledJson.Serialize(activity.Id is null ? activity : activity with { Id = null }, DirectLineJsonContext.Default.Activity);
        var sequence = (long)await redis.GetDatabase().ScriptEvaluateAsync(
            AppendScript,
            [StateKeys.DirectLineMeta(conversationId), StateKeys.DirectLineLog(conversationId)],
            [json.Written, options.Value.MaxLogLength, TtlMilliseconds, StateKeys.DirectLineWake(conversationId), HistoryTtlMilliseconds]);
        json.Return();
        return sequence < 0 ? null : new DirectLineWatermark(sequence);
    }

    public async Task<ActivitySet> ReadAfterAsync(string conversationId, DirectLineWatermark after, int max, CancellationToken cancellationToken)
    {
        var entries = await redis.GetDatabase().StreamRangeAsync(
            StateKeys.DirectLineLog(conversationId), minId: EntryId(after.Next()), maxId: "+", count: max);
        if (entries.Length == 0)
        {
            return new ActivitySet();
        }

        var activities = new List<Activity>(entries.Length);
        var last = after;
        foreach (var entry in entries)
        {
            last = Watermark(entry.Id);
            var json = (byte[]?)entry[ActivityField];
            var activity = json is null ? null : JsonSerializer.Deserialize(json, DirectLineJsonContext.Default.Activity);
            if (activity is not null)
            {
                activities.Add(activity with { Id = last.ActivityId(conversationId) });
            }
        }

        return new ActivitySet { Activities = activities, Watermark = last.ToString() };
    }

    public async Task<IAsyncDisposable> SubscribeAsync(string conversationId, Action<DirectLineStreamSignal> onSignal, CancellationToken cancellationToken)
    {
        // A ChannelMessageQueue hands messages over one at a time in publish order; the collision rule relies on it.
        var queue = await redis.GetSubscriber().SubscribeAsync(RedisChannel.Literal(StateKeys.DirectLineWake(conversationId)));
        queue.OnMessage(message => onSignal(DirectLineStreamSignal.Parse(message.Message)));
        return new Subscription(queue);
    }

    public Task AnnounceStreamAsync(string conversationId, string streamId, CancellationToken cancellationToken) =>
        redis.GetSubscriber().PublishAsync(
            RedisChannel.Literal(StateKeys.DirectLineWake(conversationId)),
            DirectLineStreamSignal.Opened(streamId).ToWire());

    private static string EntryId(DirectLineWatermark watermark) => $"{watermark}-0";

    private static DirectLineWatermark Watermark(RedisValue entryId)
    {
        var text = (string)entryId!;
        return new DirectLineWatermark(long.Parse(text.AsSpan(0, text.IndexOf('-', StringComparison.Ordinal)), CultureInfo.InvariantCulture));
    }

    private sealed class Subscription(ChannelMessageQueue queue) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await queue.UnsubscribeAsync();
    }
}
