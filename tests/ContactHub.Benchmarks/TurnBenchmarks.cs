using BenchmarkDotNet.Attributes;
using ContactHub.Channels;
using ContactHub.Hub.Hosting;
using ContactHub.Hub.Records;
using ContactHub.Hub.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactHub.Benchmarks;

/// <summary>
/// One full turn through the real pipeline (dedupe, lock, transcript row, dispatch, state load/save, dialogs):
/// a customer at the main menu asks for the store's information. In process and on Redis.
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private const int Conversations = 1000;

    private WebApplication _hub = null!;
    private BenchmarkRedis? _redis;
    private ITurnProcessor _turns = null!;
    private ConversationKey[] _keys = [];
    private string _recordsPath = "";
    private long _next;

    [Params("in-process", "redis")]
    public string Store { get; set; } = "in-process";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var builder = WebApplication.CreateBuilder();
        _recordsPath = Path.Combine(Path.GetTempPath(), $"contacthub-bench-{Guid.NewGuid():N}.db");
        builder.Configuration["ConnectionStrings:Records"] = $"Data Source={_recordsPath}";
        builder.Configuration["DirectLine:Secret"] = "benchmark-secret";
        if (Store == "redis")
        {
            _redis = new BenchmarkRedis();
            builder.Configuration["ConnectionStrings:Redis"] = _redis.ConnectionString;
        }

        builder.AddContactHub();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IChannelAdapter, NullChannelAdapter>();
        _hub = builder.Build();
        await _hub.MigrateRecordsAsync();
        // Started (on a free port) so the hosted transcript writer drains the rows the turns queue.
        _hub.Urls.Add("http://127.0.0.1:0");
        await _hub.StartAsync();
        _turns = _hub.Services.GetRequiredService<ITurnProcessor>();
        _keys = [.. Enumerable.Range(0, Conversations).Select(i => new ConversationKey(NullChannelAdapter.Channel, $"customer-{i}"))];
        foreach (var key in _keys)
        {
            await _turns.ProcessAsync(key, Message(key, "你好"), CancellationToken.None);
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _hub.DisposeAsync();
        _redis?.Dispose();
        File.Delete(_recordsPath);
    }

    [Benchmark]
    public Task<TurnOutcome> StoreInfoTurn()
    {
        var key = _keys[_next++ % Conversations];
        return _turns.ProcessAsync(key, Message(key, "门店信息"), CancellationToken.None);
    }

    private Activity Message(ConversationKey key, string text) => new()
    {
        Id = $"bench-{Interlocked.Increment(ref _next)}",
        ChannelId = key.Channel,
        From = new ChannelAccount { Id = key.UserId, Role = "user" },
        Recipient = new ChannelAccount { Id = "contacthub", Role = "bot" },
        Conversation = new ConversationAccount { Id = key.UserId },
        Text = text,
        Locale = "zh-CN",
    };
}
