using ContactHub.Channels;

namespace ContactHub.Hub.Identity;

/// <summary>The single-instance store: pending codes and send times in this process, under one lock (a few per minute at most).</summary>
public sealed class InMemoryVerificationCodeStore : IVerificationCodeStore
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<DateTimeOffset>> _sends = new(StringComparer.Ordinal);
    private readonly Dictionary<ConversationKey, PendingCode> _codes = [];

    public Task<TimeSpan> TryAcquireSendAsync(string limiterKey, DateTimeOffset now, TimeSpan minInterval, int perHour, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var sends = _sends.TryGetValue(limiterKey, out var list) ? list : _sends[limiterKey] = [];
            sends.RemoveAll(at => at <= now - Window);
            var wait = RateLimitWait(sends, now, minInterval, perHour);
            if (wait == TimeSpan.Zero)
            {
                sends.Add(now);
            }

            return Task.FromResult(wait);
        }
    }

    public Task SaveAsync(ConversationKey conversation, PendingCode code, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _codes[conversation] = code;
        }

        return Task.CompletedTask;
    }

    public Task<PendingCode?> TakeTryAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_codes.TryGetValue(conversation, out var code))
            {
                return Task.FromResult<PendingCode?>(null);
            }

            var taken = code with { TriesLeft = code.TriesLeft - 1 };
            _codes[conversation] = taken;
            return Task.FromResult<PendingCode?>(taken);
        }
    }

    public Task RemoveAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _codes.Remove(conversation);
        }

        return Task.CompletedTask;
    }

    /// <summary>Sends are in time order; the Redis script applies the same two rules.</summary>
    private static TimeSpan RateLimitWait(List<DateTimeOffset> sends, DateTimeOffset now, TimeSpan minInterval, int perHour)
    {
        if (sends.Count > 0 && now - sends[^1] < minInterval)
        {
            return minInterval - (now - sends[^1]);
        }

        return sends.Count >= perHour ? sends[^perHour] + Window - now : TimeSpan.Zero;
    }
}
