using ContactHub.Channels;

namespace ContactHub.Hub.Outbox;

/// <summary>Bound from the <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>
    /// Names the outbox: its Redis keys share the hash tag <c>{Name}</c>, so one stream, its delayed set and its
    /// delivery hashes live on one Cluster slot and Lua scripts may touch them together.
    /// </summary>
    public string Name { get; set; } = "outbox";

    /// <summary>This instance's consumer name in the group; null means host name, process id and a random suffix.</summary>
    public string? ConsumerName { get; set; }

    /// <summary>An entry read by a worker and not finished after this long is taken over by another worker (XAUTOCLAIM).</summary>
    public TimeSpan ClaimIdle { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A channel call is abandoned (and retried) after this long; keep it well under <see cref="ClaimIdle"/>.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Attempts per message, the first included; transient failures beyond this become permanent.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Backoff before the second attempt; it doubles per attempt (with jitter) up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Messages per second per channel, shared by every instance; a channel not listed is not limited.</summary>
    public Dictionary<string, int> RatePerSecond { get; set; } = new(StringComparer.Ordinal)
    {
        [ChannelIds.Sms] = 10,
        [ChannelIds.WeChat] = 20,
    };

    /// <summary>Entries a worker reads at once.</summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>Channel calls one worker makes at the same time.</summary>
    public int Concurrency { get; set; } = 8;

    /// <summary>How long an idle worker waits before looking again (the Redis client cannot block on XREADGROUP).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long a delivery record (idempotency key and final status) is kept in Redis.</summary>
    public TimeSpan DeliveryTtl { get; set; } = TimeSpan.FromDays(400);
}
