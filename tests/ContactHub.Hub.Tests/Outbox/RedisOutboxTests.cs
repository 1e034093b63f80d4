using ContactHub.Hub.Outbox;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Infrastructure;
using StackExchange.Redis;

namespace ContactHub.Hub.Tests.Outbox;

[Collection(RedisCollection.Name)]
public sealed class RedisOutboxTests(RedisServerFixture redis) : OutboxContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected override OutboxRig CreateRig(Action<OutboxOptions>? configure = null) => new(redis.Connection, configure);

    // XAUTOCLAIM measures idle time on the Redis server's clock; XCLAIM ... IDLE sets it, so no test has to wait.
    protected override async Task AgeAsync(OutboxRig rig, IReadOnlyList<OutboxEntry> entries, TimeSpan idle)
    {
        foreach (var entry in entries)
        {
            await redis.Connection.GetDatabase().ExecuteAsync(
                "XCLAIM", StateKeys.OutboxStream(rig.Options.Name), RedisOutboxStore.Group, "aged", 0, entry.EntryId,
                "IDLE", (long)idle.TotalMilliseconds, "JUSTID");
        }
    }

    [Fact]
    public async Task SameKeysEnqueuedConcurrentlyFromTwoInstancesAreAcceptedOnce()
    {
        var rig = CreateRig();
        await using var secondConnection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var instanceA = rig.NewStore();
        var instanceB = rig.NewStore(secondConnection);
        var messages = Enumerable.Range(0, 50).Select(i => rig.Message($"campaign:7:survey:visit-{i}:2026-11-27")).ToList();

        var results = await Task.WhenAll(messages.SelectMany(m => new[]
        {
            instanceA.EnqueueAsync(m, None),
            instanceB.EnqueueAsync(m, None),
        }));
        await OutboxRig.DrainAsync(rig.NewWorker("w1", instanceB));

        Assert.Equal(50, results.Count(r => r == EnqueueResult.Enqueued));
        Assert.Equal(50, results.Count(r => r == EnqueueResult.Duplicate));
        Assert.Equal(50, rig.Channel.Calls.Count);
        Assert.All(messages, m => Assert.Equal(1, rig.Channel.CallsWithText(m.IdempotencyKey)));
    }

    [Fact]
    public async Task TwoWorkersOnOneStreamSendEachMessageExactlyOnce()
    {
        var rig = CreateRig(o => o.BatchSize = 8);
        await using var secondConnection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var messages = Enumerable.Range(0, 200).Select(_ => rig.Message()).ToList();
        foreach (var message in messages)
        {
            await rig.Store.EnqueueAsync(message, None);
        }

        var handled = await Task.WhenAll(
            OutboxRig.DrainAsync(rig.NewWorker("instance-a")),
            OutboxRig.DrainAsync(rig.NewWorker("instance-b", rig.NewStore(secondConnection))));

        Assert.Equal(200, handled.Sum());
        Assert.Equal(200, rig.Channel.Calls.Count);
        Assert.All(messages, m => Assert.Equal(1, rig.Channel.CallsWithText(m.IdempotencyKey)));
    }

    // Sent and acked are one Lua step, so "sent but still pending" arises only in a race: a slow worker finishes
    // after another has claimed its entry. The claimer must then ack without sending.
    [Fact]
    public async Task ReclaimedEntryWhoseDeliveryIsAlreadySentIsAckedWithoutSending()
    {
        var rig = CreateRig();
        var message = rig.Message();
        await rig.Store.EnqueueAsync(message, None);
        var slow = await rig.Store.ReadAsync("slow-worker", 10, None);
        await redis.Connection.GetDatabase().HashSetAsync(
            StateKeys.OutboxDelivery(rig.Options.Name, message.IdempotencyKey), [new("s", "sent"), new("c", "SM123")]);
        await AgeAsync(rig, slow, rig.Options.ClaimIdle);

        Assert.Equal(1, await rig.NewWorker("live-worker").ReclaimOnceAsync(None));

        Assert.Empty(rig.Channel.Calls);
        Assert.Equal("SM123", (await rig.DeliveryAsync(message.IdempotencyKey)).ChannelMessageId);
        var pending = await redis.Connection.GetDatabase().StreamPendingAsync(StateKeys.OutboxStream(rig.Options.Name), RedisOutboxStore.Group);
        Assert.Equal(0, pending.PendingMessageCount);
    }

    [Fact]
    public async Task FinishedEntriesAreAckedAndRemovedFromTheStream()
    {
        var rig = CreateRig();
        for (var i = 0; i < 5; i++)
        {
            await rig.Store.EnqueueAsync(rig.Message(), None);
        }

        await OutboxRig.DrainAsync(rig.NewWorker("w1"));

        var db = redis.Connection.GetDatabase();
        Assert.Equal(0, await db.StreamLengthAsync(StateKeys.OutboxStream(rig.Options.Name)));
        Assert.Equal(0, (await db.StreamPendingAsync(StateKeys.OutboxStream(rig.Options.Name), RedisOutboxStore.Group)).PendingMessageCount);
    }

    [Fact]
    public async Task DeliveryRecordCarriesTheConfiguredTtl()
    {
        var rig = CreateRig(o => o.DeliveryTtl = TimeSpan.FromDays(90));
        var message = rig.Message();
        await rig.Store.EnqueueAsync(message, None);

        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync(StateKeys.OutboxDelivery(rig.Options.Name, message.IdempotencyKey));

        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromDays(90) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(90));
    }

    // Redis Cluster hashes only the part between the first '{' and the next '}' (the Cluster spec's key hash tags);
    // the multiplexer reports no slot on a standalone server, so the rule is applied here directly.
    [Fact]
    public void KeysOfOneOutboxShareAHashTagWhateverTheIdempotencyKey()
    {
        Assert.Equal("outbox", RedisHashTag.Of(StateKeys.OutboxStream("outbox")));
        Assert.Equal("outbox", RedisHashTag.Of(StateKeys.OutboxDelayed("outbox")));
        Assert.Equal("outbox", RedisHashTag.Of(StateKeys.OutboxDelivery("outbox", "campaign:{7}:first-service:{VIN}")));
        Assert.Equal("sms", RedisHashTag.Of(StateKeys.OutboxRateWindow("sms", 1_764_230_400)));
    }
}
