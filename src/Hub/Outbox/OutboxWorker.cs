using ContactHub.Channels;
using ContactHub.Hub.Outbound;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Outbox;

/// <summary>
/// Sends what the outbox holds, through the one outbound path. Per entry: skip (ack) if already final; wait for the
/// channel's rate window; mark "sending" and count the attempt; send; record the outcome and ack in one step.
/// <para>
/// Exactly once, and the window that remains: "sent" and the ack are one atomic write, and a delivery already final
/// is acked without sending, so a worker that dies anywhere except <em>during the channel call</em> causes neither a
/// loss nor a duplicate. A worker that dies after the channel accepted the message but before "sent" is recorded
/// (the HTTP response in flight, or the next Redis write) leaves the delivery at "sending"; the worker that reclaims
/// it cannot know whether the channel got it and sends again. That is at-least-once inside one channel round trip.
/// It cannot be closed from here: Twilio's Messages API takes no idempotency key (I-Twilio-Idempotency-Token is on
/// Twilio's webhooks to us, not our requests to it) and WeChat's customer-service and template APIs have none. The
/// alternative, never resending a "sending" delivery, would trade that rare duplicate for a rare silent loss; a
/// repeated reminder is the lesser harm. Each resend counts an attempt, so a message that kills its worker every time
/// ends failed after <see cref="OutboxOptions.MaxAttempts"/>.
/// </para>
/// </summary>
public sealed class OutboxWorker(
    IOutboxStore store,
    IOutboxRateLimiter rateLimiter,
    OutboundDispatcher dispatcher,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxWorker> logger,
    IOutboxSendHandler? handler = null) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;

    public string ConsumerName { get; } = options.Value.ConsumerName ?? $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <summary>One step: promote due delayed messages, read new entries, send them. Returns how many entries it handled.</summary>
    public async Task<int> ProcessOnceAsync(CancellationToken cancellationToken)
    {
        await store.PromoteDueAsync(clock.GetUtcNow(), _options.BatchSize * 4, cancellationToken);
        var entries = await store.ReadAsync(ConsumerName, _options.BatchSize, cancellationToken);
        await HandleAllAsync(entries, cancellationToken);
        return entries.Count;
    }

    /// <summary>Takes over and handles entries another worker read but left unfinished for <see cref="OutboxOptions.ClaimIdle"/>.</summary>
    public async Task<int> ReclaimOnceAsync(CancellationToken cancellationToken)
    {
        var entries = await store.ReclaimAsync(ConsumerName, _options.ClaimIdle, _options.BatchSize, cancellationToken);
        if (entries.Count > 0)
        {
            logger.LogWarning("Reclaimed {Count} outbox entries a stopped worker left unfinished", entries.Count);
        }

        await HandleAllAsync(entries, cancellationToken);
        return entries.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextReclaim = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var handled = await ProcessOnceAsync(stoppingToken);
                if (clock.GetUtcNow() >= nextReclaim)
                {
                    handled += await ReclaimOnceAsync(stoppingToken);
                    nextReclaim = clock.GetUtcNow() + (_options.ClaimIdle / 2);
                }

                if (handled == 0)
                {
                    await store.WaitForWorkAsync(_options.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException) // keep the loop alive: Redis may be back in a moment
            {
                logger.LogError(ex, "Outbox worker step failed; trying again shortly");
                await store.WaitForWorkAsync(_options.PollInterval, stoppingToken);
            }
        }
    }

    private Task HandleAllAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            entries,
            new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = cancellationToken },
            async (entry, ct) =>
            {
                try
                {
                    await HandleAsync(entry, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException) // one bad entry must not stop its batch
                {
                    // Left pending: it is reclaimed after ClaimIdle, and its attempts are counted.
                    logger.LogError(ex, "Outbox entry {Key} could not be handled", entry.IdempotencyKey);
                }
            });

    private async Task HandleAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var delivery = await store.GetDeliveryAsync(entry.IdempotencyKey, cancellationToken);
        var now = clock.GetUtcNow();
        if (delivery is null || delivery.IsFinal)
        {
            await store.FinishAsync(entry, OutboxOutcome.AckOnly, now, cancellationToken);
            return;
        }

        var channel = delivery.Message.To.Channel;
        if (_options.RatePerSecond.TryGetValue(channel, out var rate) && rate > 0
            && await rateLimiter.AcquireAsync(channel, rate, now, cancellationToken) is var wait && wait > TimeSpan.Zero)
        {
            await store.FinishAsync(entry, OutboxOutcome.Defer(now + wait), now, cancellationToken);
            return;
        }

        var message = await store.BeginSendAsync(entry, ConsumerName, now, cancellationToken);
        if (message is null)
        {
            await store.FinishAsync(entry, OutboxOutcome.AckOnly, now, cancellationToken);
            return;
        }

        var outcome = message.Attempts > _options.MaxAttempts
            ? OutboxOutcome.Failed($"gave up after {_options.MaxAttempts} attempts; the last ones were interrupted")
            : Decide(message.Attempts, await SendAsync(message, cancellationToken));
        await store.FinishAsync(entry, outcome, clock.GetUtcNow(), cancellationToken);
        if (handler?.Handles(message) == true)
        {
            await handler.OnFinishedAsync(message, outcome, cancellationToken);
        }

        if (outcome.Status == OutboxDeliveryStatus.Failed)
        {
            logger.LogWarning("Outbox message {Key} to {To} failed: {Error}", message.IdempotencyKey, message.To, outcome.Error);
        }
    }

    private async Task<ChannelSendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.SendTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            // The purpose travels with the activity: a marketing SMS gets its opt-out line in the adapter (issue 5).
            var stamped = message with { Activity = OutboundPurpose.Stamp(message.Activity, OutboundPurpose.Name(message.Purpose)) };
            return handler?.Handles(stamped) == true
                ? await handler.SendAsync(stamped, linked.Token)
                : await dispatcher.SendAsync(stamped.To, stamped.Activity, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ChannelSendResult.Failed($"the channel did not answer within {_options.SendTimeout}", permanent: false);
        }
    }

    private OutboxOutcome Decide(int attempt, ChannelSendResult result)
    {
        if (result.Accepted)
        {
            return OutboxOutcome.Sent(result.ChannelMessageId);
        }

        var error = result.Error ?? "the channel refused the message";
        if (result.Permanent)
        {
            return OutboxOutcome.Failed(error);
        }

        if (attempt >= _options.MaxAttempts)
        {
            return OutboxOutcome.Failed($"gave up after {attempt} attempts: {error}");
        }

        var delay = OutboxBackoff.Delay(attempt, _options.RetryBaseDelay, _options.RetryMaxDelay, Random.Shared.NextDouble());
        return OutboxOutcome.Retry(error, clock.GetUtcNow() + delay);
    }
}
