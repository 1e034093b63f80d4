using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.State;

public sealed class InMemoryDedupeStore(IOptions<StateOptions> options, TimeProvider clock) : IDedupeStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private long _marks;

    public Task<bool> TryMarkAsync(string channel, string deliveryId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (Interlocked.Increment(ref _marks) % 1024 == 0)
        {
            Sweep(now);
        }

        var key = StateKeys.Dedupe(channel, deliveryId);
        var expiresAt = now + options.Value.DedupeTtl;
        while (true)
        {
            if (_seen.TryAdd(key, expiresAt))
            {
                return Task.FromResult(true);
            }

            if (_seen.TryGetValue(key, out var existing) && existing > now)
            {
                return Task.FromResult(false);
            }

            if (_seen.TryUpdate(key, expiresAt, existing))
            {
                return Task.FromResult(true);
            }
        }
    }

    public Task ForgetAsync(string channel, string deliveryId, CancellationToken cancellationToken)
    {
        _seen.TryRemove(StateKeys.Dedupe(channel, deliveryId), out _);
        return Task.CompletedTask;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, expiresAt) in _seen)
        {
            if (expiresAt <= now)
            {
                _seen.TryRemove(key, out _);
            }
        }
    }
}
