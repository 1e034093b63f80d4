using System.Text.Json;
using ContactHub.Hub.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ContactHub.Hub.Outbox;

/// <summary>
/// The outbox on Redis Streams (DESIGN.md, Campaigns): a stream with the consumer group <see cref="Group"/>, a ZSET
/// of delayed idempotency keys, and one hash per delivery that is both the idempotency mark and the status record.
/// The hash is written in the same Lua step as the XADD, so no crash can leave a key marked without its message
/// queued (or queued twice). Keys: see <see cref="StateKeys"/>.
/// </summary>
public sealed class RedisOutboxStore(IConnectionMultiplexer redis, IOptions<OutboxOptions> options, TimeProvider clock) : IOutboxStore
{
    public const string Group = "workers";

    private static readonly RedisValue[] DeliveryFields = ["m", "s", "a", "c", "r", "u"];

    private readonly string _name = options.Value.Name;
    private readonly RedisKey _stream = StateKeys.OutboxStream(options.Value.Name);
    private readonly RedisKey _delayed = StateKeys.OutboxDelayed(options.Value.Name);
    private volatile bool _groupReady;

    public async Task<EnqueueResult> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        OutboxMessageValidation.Validate(message);
        var now = clock.GetUtcNow();
        var json = JsonSerializer.SerializeToUtf8Bytes(message with { Attempts = 0, EnqueuedAt = now }, OutboxJsonContext.Default.OutboxMessage);
        var notBefore = message.NotBefore ?? now;
        var added = await redis.GetDatabase().ScriptEvaluateAsync(
            RedisOutboxScripts.Enqueue,
            [Delivery(message.IdempotencyKey), _stream, _delayed],
            [message.IdempotencyKey, json, notBefore.ToUnixTimeMilliseconds(), now.ToUnixTimeMilliseconds(), (long)options.Value.DeliveryTtl.TotalMilliseconds]);
        return (int)added == 1 ? EnqueueResult.Enqueued : EnqueueResult.Duplicate;
    }

    public async Task<OutboxDelivery?> GetDeliveryAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        var v = await redis.GetDatabase().HashGetAsync(Delivery(idempotencyKey), DeliveryFields);
        if (v[0].IsNull || v[1].IsNull)
        {
            return null;
        }

        var message = Deserialize(v[0]) with { Attempts = (int)v[2] };
        return new OutboxDelivery(
            message,
            OutboxStatusNames.FromWire(v[1]),
            v[3].IsNullOrEmpty ? null : (string?)v[3],
            v[4].IsNullOrEmpty ? null : (string?)v[4],
            DateTimeOffset.FromUnixTimeMilliseconds((long)v[5]));
    }

    public async Task<int> PromoteDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var due = await db.SortedSetRangeByScoreAsync(_delayed, stop: now.ToUnixTimeMilliseconds(), take: max);
        var moves = due.Select(key => db.ScriptEvaluateAsync(
            RedisOutboxScripts.Promote, [_delayed, _stream, Delivery(key!)], [key]));
        var results = await Task.WhenAll(moves);
        return results.Count(r => (int)r == 1);
    }

    public Task<IReadOnlyList<OutboxEntry>> ReadAsync(string consumer, int max, CancellationToken cancellationToken) =>
        WithGroupAsync(async db =>
        {
            var entries = await db.StreamReadGroupAsync(_stream, Group, consumer, StreamPosition.NewMessages, max);
            return ToEntries(entries);
        });

    public Task<IReadOnlyList<OutboxEntry>> ReclaimAsync(string consumer, TimeSpan minIdle, int max, CancellationToken cancellationToken) =>
        WithGroupAsync(async db =>
        {
            var result = await db.StreamAutoClaimAsync(_stream, Group, consumer, (long)minIdle.TotalMilliseconds, "0-0", max);
            return ToEntries(result.ClaimedEntries);
        });

    public async Task<OutboxMessage?> BeginSendAsync(OutboxEntry entry, string consumer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var result = await redis.GetDatabase().ScriptEvaluateAsync(
            RedisOutboxScripts.BeginSend, [Delivery(entry.IdempotencyKey)], [now.ToUnixTimeMilliseconds(), consumer]);
        if (result.IsNull)
        {
            return null;
        }

        var parts = (RedisResult[])result!;
        return Deserialize((RedisValue)parts[1]) with { Attempts = (int)parts[0] };
    }

    public Task FinishAsync(OutboxEntry entry, OutboxOutcome outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(outcome);
        return redis.GetDatabase().ScriptEvaluateAsync(
            RedisOutboxScripts.Finish,
            [Delivery(entry.IdempotencyKey), _stream, _delayed],
            [
                Group,
                entry.EntryId,
                outcome.Status is { } status ? OutboxStatusNames.ToWire(status) : "",
                outcome.ChannelMessageId ?? "",
                outcome.Error ?? "",
                now.ToUnixTimeMilliseconds(),
                outcome.RetryAt is { } at ? at.ToUnixTimeMilliseconds() : "",
                entry.IdempotencyKey,
            ]);
    }

    // StackExchange.Redis multiplexes one connection, so XREADGROUP cannot BLOCK; the worker polls instead.
    public Task WaitForWorkAsync(TimeSpan maxWait, CancellationToken cancellationToken) => Task.Delay(maxWait, clock, cancellationToken);

    private RedisKey Delivery(string idempotencyKey) => StateKeys.OutboxDelivery(_name, idempotencyKey);

    private static OutboxMessage Deserialize(RedisValue json) =>
        JsonSerializer.Deserialize((ReadOnlySpan<byte>)(byte[])json!, OutboxJsonContext.Default.OutboxMessage)
        ?? throw new InvalidDataException("An outbox delivery holds no message.");

    private static List<OutboxEntry> ToEntries(StreamEntry[] entries) =>
        [.. entries.Where(e => !e.IsNull).Select(e => new OutboxEntry(e.Id!, e["k"]!))];

    /// <summary>Creates the consumer group on first use, and again if the stream was deleted under us (NOGROUP).</summary>
    private async Task<IReadOnlyList<OutboxEntry>> WithGroupAsync(Func<IDatabase, Task<List<OutboxEntry>>> read)
    {
        var db = redis.GetDatabase();
        if (!_groupReady)
        {
            await EnsureGroupAsync(db);
        }

        try
        {
            return await read(db);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
        {
            await EnsureGroupAsync(db);
            return await read(db);
        }
    }

    private async Task EnsureGroupAsync(IDatabase db)
    {
        try
        {
            await db.StreamCreateConsumerGroupAsync(_stream, Group, StreamPosition.Beginning, createStream: true);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
            // Another instance created it first: that is the normal case.
        }

        _groupReady = true;
    }
}
