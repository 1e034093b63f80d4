using System.Threading.Channels;

namespace ContactHub.Hub.Outbox;

/// <summary>
/// The outbox when no Redis is configured: the same semantics within one process (idempotency keys in a dictionary,
/// ready entries in a <see cref="Channel{T}"/>, pending entries until finished, a delayed set). Nothing survives a
/// restart, which the hub already says at start-up of everything it keeps in process.
/// </summary>
public sealed class InMemoryOutboxStore(TimeProvider clock) : IOutboxStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Slot> _deliveries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (OutboxEntry Entry, DateTimeOffset ReadAt)> _pending = new(StringComparer.Ordinal);
    private readonly SortedSet<(long DueMs, string Key)> _delayed = [];
    private readonly Channel<OutboxEntry> _ready = Channel.CreateUnbounded<OutboxEntry>();
    private long _nextEntry;

    public Task<EnqueueResult> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        OutboxMessageValidation.Validate(message);
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_deliveries.ContainsKey(message.IdempotencyKey))
            {
                return Task.FromResult(EnqueueResult.Duplicate);
            }

            var delayed = message.NotBefore > now;
            _deliveries[message.IdempotencyKey] = new Slot(message with { Attempts = 0, EnqueuedAt = now })
            {
                Status = delayed ? OutboxDeliveryStatus.Delayed : OutboxDeliveryStatus.Queued,
                UpdatedAt = now,
            };
            if (delayed)
            {
                _delayed.Add((message.NotBefore!.Value.ToUnixTimeMilliseconds(), message.IdempotencyKey));
            }
            else
            {
                Queue(message.IdempotencyKey);
            }

            return Task.FromResult(EnqueueResult.Enqueued);
        }
    }

    public Task<OutboxDelivery?> GetDeliveryAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_deliveries.TryGetValue(idempotencyKey, out var slot) ? slot.ToDelivery() : null);
        }
    }

    public Task<int> PromoteDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        lock (_gate)
        {
            var due = _delayed.TakeWhile(d => d.DueMs <= nowMs).Take(max).ToList();
            foreach (var item in due)
            {
                _delayed.Remove(item);
                Queue(item.Key);
            }

            return Task.FromResult(due.Count);
        }
    }

    public Task<IReadOnlyList<OutboxEntry>> ReadAsync(string consumer, int max, CancellationToken cancellationToken)
    {
        var read = new List<OutboxEntry>();
        lock (_gate)
        {
            while (read.Count < max && _ready.Reader.TryRead(out var entry))
            {
                _pending[entry.EntryId] = (entry, clock.GetUtcNow());
                read.Add(entry);
            }
        }

        return Task.FromResult<IReadOnlyList<OutboxEntry>>(read);
    }

    public Task<IReadOnlyList<OutboxEntry>> ReclaimAsync(string consumer, TimeSpan minIdle, int max, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            var stuck = _pending.Values.Where(p => now - p.ReadAt >= minIdle).Take(max).Select(p => p.Entry).ToList();
            foreach (var entry in stuck)
            {
                _pending[entry.EntryId] = (entry, now);
            }

            return Task.FromResult<IReadOnlyList<OutboxEntry>>(stuck);
        }
    }

    public Task<OutboxMessage?> BeginSendAsync(OutboxEntry entry, string consumer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            if (!_deliveries.TryGetValue(entry.IdempotencyKey, out var slot) || slot.IsFinal)
            {
                return Task.FromResult<OutboxMessage?>(null);
            }

            slot.Attempts++;
            slot.Status = OutboxDeliveryStatus.Sending;
            slot.UpdatedAt = now;
            return Task.FromResult<OutboxMessage?>(slot.Message with { Attempts = slot.Attempts });
        }
    }

    public Task FinishAsync(OutboxEntry entry, OutboxOutcome outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(outcome);
        lock (_gate)
        {
            _pending.Remove(entry.EntryId);
            if (_deliveries.TryGetValue(entry.IdempotencyKey, out var slot) && !slot.IsFinal)
            {
                slot.Record(outcome, now);
                if (outcome.RetryAt is { } at)
                {
                    _delayed.Add((at.ToUnixTimeMilliseconds(), entry.IdempotencyKey));
                }
            }
        }

        return Task.CompletedTask;
    }

    public async Task WaitForWorkAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(maxWait, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await _ready.Reader.WaitToReadAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Waited long enough: delayed messages may have come due.
        }
    }

    private void Queue(string idempotencyKey) =>
        _ready.Writer.TryWrite(new OutboxEntry((++_nextEntry).ToString(System.Globalization.CultureInfo.InvariantCulture), idempotencyKey));

    private sealed class Slot(OutboxMessage message)
    {
        public OutboxMessage Message { get; } = message;

        public OutboxDeliveryStatus Status { get; set; }

        public int Attempts { get; set; }

        public string? ChannelMessageId { get; set; }

        public string? Error { get; set; }

        public DateTimeOffset UpdatedAt { get; set; }

        public bool IsFinal => Status is OutboxDeliveryStatus.Sent or OutboxDeliveryStatus.Failed;

        public void Record(OutboxOutcome outcome, DateTimeOffset now)
        {
            if (outcome.Status is { } status)
            {
                Status = status;
                UpdatedAt = now;
            }

            ChannelMessageId = outcome.ChannelMessageId ?? ChannelMessageId;
            Error = outcome.Error ?? Error;
        }

        public OutboxDelivery ToDelivery() =>
            new(Message with { Attempts = Attempts }, Status, ChannelMessageId, Error, UpdatedAt);
    }
}
