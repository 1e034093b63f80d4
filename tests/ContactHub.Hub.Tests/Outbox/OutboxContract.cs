using ContactHub.Channels;
using ContactHub.Hub.Outbox;

namespace ContactHub.Hub.Tests.Outbox;

/// <summary>What every outbox store promises, run against Redis and against the in-process store.</summary>
public abstract class OutboxContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract OutboxRig CreateRig(Action<OutboxOptions>? configure = null);

    /// <summary>Makes entries read by a worker look as if they had been pending for <paramref name="idle"/>.</summary>
    protected abstract Task AgeAsync(OutboxRig rig, IReadOnlyList<OutboxEntry> entries, TimeSpan idle);

    [Fact]
    public async Task SameIdempotencyKeyEnqueuedTwiceIsSentOnce()
    {
        var rig = CreateRig();
        var message = rig.Message("campaign:7:first-service:VIN123:2026-11");

        Assert.Equal(EnqueueResult.Enqueued, await rig.Store.EnqueueAsync(message, None));
        Assert.Equal(EnqueueResult.Duplicate, await rig.Store.EnqueueAsync(message with { Activity = Activity.CreateMessage("other") }, None));
        await OutboxRig.DrainAsync(rig.NewWorker("w1"));

        Assert.Single(rig.Channel.Calls);
        var delivery = await rig.DeliveryAsync(message.IdempotencyKey);
        Assert.Equal(OutboxDeliveryStatus.Sent, delivery.Status);
        Assert.Equal($"{rig.Channel.ChannelId}-msg-1", delivery.ChannelMessageId);
        Assert.Equal(1, delivery.Message.Attempts);
        Assert.Equal(rig.Clock.GetUtcNow(), delivery.Message.EnqueuedAt);
    }

    [Fact]
    public async Task KeyThatWasAlreadySentIsRefusedAsDuplicate()
    {
        var rig = CreateRig();
        var message = rig.Message();
        await rig.Store.EnqueueAsync(message, None);
        await OutboxRig.DrainAsync(rig.NewWorker("w1"));

        Assert.Equal(EnqueueResult.Duplicate, await rig.Store.EnqueueAsync(message, None));
        Assert.Equal(0, await OutboxRig.DrainAsync(rig.NewWorker("w2")));
        Assert.Single(rig.Channel.Calls);
    }

    [Fact]
    public async Task TransientFailureIsRetriedAfterBackoffThenSent()
    {
        var rig = CreateRig(o => o.RetryBaseDelay = TimeSpan.FromSeconds(10));
        rig.Channel.AnswerNext(ChannelSendResult.Failed("503 from the provider", permanent: false));
        var message = rig.Message();
        await rig.Store.EnqueueAsync(message, None);
        var worker = rig.NewWorker("w1");

        await OutboxRig.DrainAsync(worker);
        var retrying = await rig.DeliveryAsync(message.IdempotencyKey);
        Assert.Equal(OutboxDeliveryStatus.Retrying, retrying.Status);
        Assert.Equal("503 from the provider", retrying.Error);

        rig.Clock.Advance(TimeSpan.FromSeconds(4.9)); // equal jitter: never sooner than half of 10 s
        await OutboxRig.DrainAsync(worker);
        Assert.Single(rig.Channel.Calls);

        rig.Clock.Advance(TimeSpan.FromSeconds(5.1));
        await OutboxRig.DrainAsync(worker);
        Assert.Equal(2, rig.Channel.Calls.Count);
        var sent = await rig.DeliveryAsync(message.IdempotencyKey);
        Assert.Equal(OutboxDeliveryStatus.Sent, sent.Status);
        Assert.Equal(2, sent.Message.Attempts);
    }

    [Fact]
    public async Task TransientFailuresBecomeFailedAfterMaxAttempts()
    {
        var rig = CreateRig(o => o.MaxAttempts = 3);
        rig.Channel.Otherwise = () => ChannelSendResult.Failed("timeout", permanent: false);
        var message = rig.Message();
        await rig.Store.EnqueueAsync(message, None);
        var worker = rig.NewWorker("w1");

        for (var i = 0; i < 5; i++)
        {
            await OutboxRig.DrainAsync(worker);
            rig.Clock.Advance(rig.Options.RetryMaxDelay);
        }

        Assert.Equal(3, rig.Channel.Calls.Count);
        var delivery = await rig.DeliveryAsync(message.IdempotencyKey);
        Assert.Equal(OutboxDeliveryStatus.Failed, delivery.Status);
        Assert.Equal("gave up after 3 attempts: timeout", delivery.Error);
    }

    [Fact]
    public async Task PermanentFailureIsRecordedAckedAndNotRetried()
    {
        var rig = CreateRig();
        rig.Channel.AnswerNext(ChannelSendResult.Failed("21610: recipient opted out", permanent: true));
        var message = rig.Message();
        await rig.Store.EnqueueAsync(message, None);
        var worker = rig.NewWorker("w1");

        await OutboxRig.DrainAsync(worker);
        rig.Clock.Advance(TimeSpan.FromHours(1));
        await OutboxRig.DrainAsync(worker);

        Assert.Single(rig.Channel.Calls);
        var delivery = await rig.DeliveryAsync(message.IdempotencyKey);
        Assert.Equal(OutboxDeliveryStatus.Failed, delivery.Status);
        Assert.Equal("21610: recipient opted out", delivery.Error);
        Assert.Empty(await rig.Store.ReclaimAsync("anyone", TimeSpan.Zero, 10, None));
    }

    [Fact]
    public async Task SendRulesStillApplyToQueuedMessages()
    {
        var rig = CreateRig();
        var note = Activity.CreateMessage("客户很难缠") with
        {
            ChannelData = System.Text.Json.JsonDocument.Parse("""{"private":true}""").RootElement,
        };
        var message = rig.Message(activity: note);
        await rig.Store.EnqueueAsync(message, None);

        await OutboxRig.DrainAsync(rig.NewWorker("w1"));

        Assert.Empty(rig.Channel.Calls);
        Assert.Equal(OutboxDeliveryStatus.Failed, (await rig.DeliveryAsync(message.IdempotencyKey)).Status);
    }

    [Fact]
    public async Task MessageWithFutureNotBeforeWaitsUntilThen()
    {
        var rig = CreateRig();
        var morning = rig.Clock.GetUtcNow().AddHours(9);
        var message = rig.Message(notBefore: morning);
        await rig.Store.EnqueueAsync(message, None);
        var worker = rig.NewWorker("w1");

        await OutboxRig.DrainAsync(worker);
        Assert.Equal(OutboxDeliveryStatus.Delayed, (await rig.DeliveryAsync(message.IdempotencyKey)).Status);
        rig.Clock.Advance(TimeSpan.FromHours(9) - TimeSpan.FromSeconds(1));
        await OutboxRig.DrainAsync(worker);
        Assert.Empty(rig.Channel.Calls);

        rig.Clock.Advance(TimeSpan.FromSeconds(1));
        await OutboxRig.DrainAsync(worker);
        Assert.Single(rig.Channel.Calls);
    }

    [Fact]
    public async Task RateLimitSendsAtMostNPerSecondPerChannel()
    {
        var rig = CreateRig();
        rig.Options.RatePerSecond[rig.Channel.ChannelId] = 5;
        for (var i = 0; i < 12; i++)
        {
            await rig.Store.EnqueueAsync(rig.Message(), None);
        }

        var worker = rig.NewWorker("w1");
        var perSecond = new List<int>();
        for (var second = 0; second < 4; second++)
        {
            var before = rig.Channel.Calls.Count;
            await OutboxRig.DrainAsync(worker);
            perSecond.Add(rig.Channel.Calls.Count - before);
            rig.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal([5, 5, 2, 0], perSecond);
    }

    [Fact]
    public async Task EntryOfAWorkerThatDiedBeforeSendingIsReclaimedAfterClaimIdleAndSentOnce()
    {
        var rig = CreateRig(o => o.ClaimIdle = TimeSpan.FromSeconds(60));
        var message = rig.Message();
        await rig.Store.EnqueueAsync(message, None);
        var dead = await rig.Store.ReadAsync("dead-worker", 10, None);
        var live = rig.NewWorker("live-worker");

        Assert.Equal(0, await live.ProcessOnceAsync(None));
        Assert.Equal(0, await live.ReclaimOnceAsync(None));
        await AgeAsync(rig, dead, TimeSpan.FromSeconds(61));
        Assert.Equal(1, await live.ReclaimOnceAsync(None));
        await AgeAsync(rig, dead, TimeSpan.FromSeconds(61));
        Assert.Equal(0, await live.ReclaimOnceAsync(None));

        Assert.Single(rig.Channel.Calls);
        Assert.Equal(OutboxDeliveryStatus.Sent, (await rig.DeliveryAsync(message.IdempotencyKey)).Status);
    }

    // The one at-least-once window, pinned down so that it is a decision and not an accident: a worker killed while
    // the channel call is in flight leaves "sending", and the reclaiming worker sends again (OutboxWorker's summary).
    [Fact]
    public async Task WorkerKilledDuringTheChannelCallIsResentByTheReclaimingWorker()
    {
        var rig = CreateRig();
        var message = rig.Message();
        await rig.Store.EnqueueAsync(message, None);
        var dead = await rig.Store.ReadAsync("dead-worker", 10, None);
        var begun = await rig.Store.BeginSendAsync(dead[0], "dead-worker", rig.Clock.GetUtcNow(), None);
        await rig.Channel.SendAsync(begun!.To, begun.Activity, None);

        await AgeAsync(rig, dead, rig.Options.ClaimIdle + TimeSpan.FromSeconds(1));
        await rig.NewWorker("live-worker").ReclaimOnceAsync(None);

        Assert.Equal(2, rig.Channel.Calls.Count);
        var delivery = await rig.DeliveryAsync(message.IdempotencyKey);
        Assert.Equal(OutboxDeliveryStatus.Sent, delivery.Status);
        Assert.Equal(2, delivery.Message.Attempts);
    }

    [Fact]
    public async Task MessageThatKillsItsWorkerEveryTimeEndsFailedAfterMaxAttempts()
    {
        var rig = CreateRig(o => o.MaxAttempts = 2);
        var message = rig.Message();
        await rig.Store.EnqueueAsync(message, None);
        var entries = await rig.Store.ReadAsync("dead-1", 10, None);
        await rig.Store.BeginSendAsync(entries[0], "dead-1", rig.Clock.GetUtcNow(), None);
        await AgeAsync(rig, entries, rig.Options.ClaimIdle);
        entries = await rig.Store.ReclaimAsync("dead-2", TimeSpan.Zero, 10, None);
        await rig.Store.BeginSendAsync(entries[0], "dead-2", rig.Clock.GetUtcNow(), None);

        await AgeAsync(rig, entries, rig.Options.ClaimIdle);
        await rig.NewWorker("live-worker").ReclaimOnceAsync(None);

        Assert.Empty(rig.Channel.Calls);
        Assert.Equal(OutboxDeliveryStatus.Failed, (await rig.DeliveryAsync(message.IdempotencyKey)).Status);
    }
}
