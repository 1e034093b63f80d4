using BenchmarkDotNet.Attributes;
using ContactHub.Channels;
using ContactHub.Hub.Outbound;
using ContactHub.Hub.Outbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ContactHub.Benchmarks;

/// <summary>
/// The outbox on a local redis-server and in process: one enqueue (latency), a burst of 100 concurrent enqueues
/// (throughput), and 100 enqueued then delivered by one worker to a channel that accepts at once.
/// </summary>
[MemoryDiagnoser]
public class OutboxBenchmarks
{
    private const int Burst = 100;

    private BenchmarkRedis? _redis;
    private ConnectionMultiplexer? _connection;
    private IOutboxStore _store = null!;
    private OutboxWorker _worker = null!;
    private long _next;

    [Params("in-process", "redis")]
    public string Store { get; set; } = "redis";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var options = Options.Create(new OutboxOptions { Name = $"bench-{Guid.NewGuid():N}", ConsumerName = "bench", BatchSize = 64, Concurrency = 16 });
        IOutboxRateLimiter limiter;
        if (Store == "redis")
        {
            _redis = new BenchmarkRedis();
            _connection = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
            _store = new RedisOutboxStore(_connection, options, TimeProvider.System);
            limiter = new RedisOutboxRateLimiter(_connection);
        }
        else
        {
            _store = new InMemoryOutboxStore(TimeProvider.System);
            limiter = new InMemoryOutboxRateLimiter();
        }

        var dispatcher = new OutboundDispatcher([new NullChannelAdapter()], NullLogger<OutboundDispatcher>.Instance);
        _worker = new OutboxWorker(_store, limiter, dispatcher, options, TimeProvider.System, NullLogger<OutboxWorker>.Instance);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _redis?.Dispose();
    }

    [Benchmark]
    public Task<EnqueueResult> Enqueue() => _store.EnqueueAsync(Message(), CancellationToken.None);

    [Benchmark(OperationsPerInvoke = Burst)]
    public Task EnqueueBurst() => Task.WhenAll(Enumerable.Range(0, Burst).Select(_ => _store.EnqueueAsync(Message(), CancellationToken.None)));

    [Benchmark(OperationsPerInvoke = Burst)]
    public async Task EnqueueAndDeliverBurst()
    {
        await EnqueueBurst();
        var delivered = 0;
        while (delivered < Burst)
        {
            delivered += await _worker.ProcessOnceAsync(CancellationToken.None);
        }
    }

    private OutboxMessage Message()
    {
        var n = Interlocked.Increment(ref _next);
        var to = new ConversationKey(NullChannelAdapter.Channel, $"customer-{n % 1000}");
        var activity = new Activity
        {
            From = new ChannelAccount { Id = "contacthub", Role = "bot" },
            Text = "【星河汽车】尊敬的车主，您的爱车已到首保时间，回复 1 预约保养。",
            Locale = "zh-CN",
        };
        return new OutboxMessage($"campaign:1:first-service:vin-{n}:2026-11", to, activity, OutboxPurpose.Service);
    }
}
