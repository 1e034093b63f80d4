using BenchmarkDotNet.Attributes;
using ContactHub.Channels;
using ContactHub.Hub.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ContactHub.Benchmarks;

/// <summary>
/// The Redis part of one turn, without the rest of the hub (whose background work blurs the allocation figures of
/// <see cref="TurnBenchmarks"/>): the separate dedupe, lock and state calls (5 round trips) against the turn gate
/// (2 round trips, issue 8).
/// </summary>
[MemoryDiagnoser]
public class TurnGateBenchmarks
{
    private const int Conversations = 1000;

    private static readonly IOptions<StateOptions> Options = Microsoft.Extensions.Options.Options.Create(new StateOptions());

    private BenchmarkRedis _redis = null!;
    private ConnectionMultiplexer _connection = null!;
    private RedisDedupeStore _dedupe = null!;
    private RedisTurnLock _lock = null!;
    private RedisConversationStore _store = null!;
    private RedisTurnGate _gate = null!;
    private ConversationKey[] _keys = [];
    private long _next;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _redis = new BenchmarkRedis();
        _connection = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        _dedupe = new RedisDedupeStore(_connection, Options);
        _lock = new RedisTurnLock(_connection, new KeyedAsyncLock<ConversationKey>(), Options, TimeProvider.System);
        _store = new RedisConversationStore(_connection, Options);
        _gate = new RedisTurnGate(_connection, new KeyedAsyncLock<ConversationKey>(), Options, TimeProvider.System);
        _keys = [.. Enumerable.Range(0, Conversations).Select(i => new ConversationKey("bench", $"customer-{i}"))];
        foreach (var key in _keys)
        {
            await _store.SaveAsync(key, new ConversationState { Locale = "zh-CN" }, 0, CancellationToken.None);
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _connection.DisposeAsync();
        _redis.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task SeparateCalls()
    {
        var (key, deliveryId) = Next();
        await _dedupe.TryMarkAsync(key.Channel, deliveryId, CancellationToken.None);
        await using var held = await _lock.AcquireAsync(key, CancellationToken.None);
        var (state, version) = await _store.LoadAsync(key, CancellationToken.None);
        state.TurnCount++;
        await _store.SaveAsync(key, state, version, CancellationToken.None);
    }

    [Benchmark]
    public async Task TurnGate()
    {
        var (key, deliveryId) = Next();
        await using var pass = (await _gate.BeginAsync(key, deliveryId, CancellationToken.None))!;
        var (state, version) = pass.Loaded;
        state.TurnCount++;
        await pass.SaveAsync(state, version, CancellationToken.None);
    }

    private (ConversationKey Key, string DeliveryId) Next()
    {
        var n = _next++;
        return (_keys[n % Conversations], $"bench-{n}");
    }
}
