using ContactHub.Channels;
using ContactHub.Hub.Outbound;
using ContactHub.Hub.Outbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace ContactHub.Hub.Tests.Outbox;

/// <summary>
/// One outbox under test: its own name (so its own Redis keys), its own channel id (so its own rate windows), a
/// fake clock, and workers stepped by hand. With a Redis connection every <see cref="NewStore"/> is another hub
/// instance on the same Redis; without, the in-process store (one instance by definition).
/// </summary>
public sealed class OutboxRig
{
    private readonly IConnectionMultiplexer? _redis;
    private readonly InMemoryOutboxStore _memory;
    private readonly InMemoryOutboxRateLimiter _memoryLimiter = new();

    public OutboxRig(IConnectionMultiplexer? redis, Action<OutboxOptions>? configure = null)
    {
        _redis = redis;
        Options.RatePerSecond.Clear();
        configure?.Invoke(Options);
        _memory = new InMemoryOutboxStore(Clock);
        Store = NewStore();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

    public OutboxOptions Options { get; } = new() { Name = $"test-{Guid.NewGuid():N}" };

    public ScriptedChannelAdapter Channel { get; } = new($"ch{Guid.NewGuid():N}"[..12]);

    public IOutboxStore Store { get; }

    public IOutboxStore NewStore(IConnectionMultiplexer? connection = null) => _redis is null
        ? _memory
        : new RedisOutboxStore(connection ?? _redis, Microsoft.Extensions.Options.Options.Create(Options), Clock);

    public OutboxWorker NewWorker(string consumer, IOutboxStore? store = null)
    {
        var options = Microsoft.Extensions.Options.Options.Create(CopyOptions(consumer));
        IOutboxRateLimiter limiter = _redis is null ? _memoryLimiter : new RedisOutboxRateLimiter(_redis);
        var dispatcher = new OutboundDispatcher([Channel], NullLogger<OutboundDispatcher>.Instance);
        return new OutboxWorker(store ?? Store, limiter, dispatcher, options, Clock, NullLogger<OutboxWorker>.Instance);
    }

    public OutboxMessage Message(string? key = null, string? text = null, DateTimeOffset? notBefore = null, Activity? activity = null)
    {
        key ??= $"agent-reply:{Guid.NewGuid():N}";
        var to = new ConversationKey(Channel.ChannelId, $"user-{Guid.NewGuid():N}");
        activity ??= new Activity
        {
            Type = ActivityTypes.Message,
            From = new ChannelAccount { Id = "contacthub", Role = "bot" },
            Recipient = new ChannelAccount { Id = to.UserId, Role = "user" },
            Text = text ?? key,
            Locale = "zh-CN",
        };
        return new OutboxMessage(key, to, activity, OutboxPurpose.Service, notBefore);
    }

    /// <summary>Steps the worker until it finds nothing more to do now; returns how many entries it handled.</summary>
    public static async Task<int> DrainAsync(OutboxWorker worker)
    {
        var total = 0;
        while (await worker.ProcessOnceAsync(CancellationToken.None) is var handled && handled > 0)
        {
            total += handled;
        }

        return total;
    }

    public async Task<OutboxDelivery> DeliveryAsync(string key) =>
        await Store.GetDeliveryAsync(key, CancellationToken.None) ?? throw new InvalidOperationException($"No delivery for {key}.");

    private OutboxOptions CopyOptions(string consumer) => new()
    {
        Name = Options.Name,
        ConsumerName = consumer,
        ClaimIdle = Options.ClaimIdle,
        SendTimeout = Options.SendTimeout,
        MaxAttempts = Options.MaxAttempts,
        RetryBaseDelay = Options.RetryBaseDelay,
        RetryMaxDelay = Options.RetryMaxDelay,
        RatePerSecond = Options.RatePerSecond,
        BatchSize = Options.BatchSize,
        Concurrency = Options.Concurrency,
        PollInterval = Options.PollInterval,
        DeliveryTtl = Options.DeliveryTtl,
    };
}
