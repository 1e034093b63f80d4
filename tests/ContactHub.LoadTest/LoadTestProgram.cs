using System.Globalization;
using System.Net;
using ContactHub.Tests.Twilio;
using StackExchange.Redis;

namespace ContactHub.LoadTest;

/// <summary>
/// The load benchmark of issue 8: the hub's turn path against its physical baseline (one Redis GET + SET per
/// request), same Redis, same client concurrency, one run. The last line is the ratio.
/// </summary>
public static class LoadTestProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is [BaselineServer.Command, var port, var redisConnection])
        {
            await BaselineServer.RunAsync(int.Parse(port, CultureInfo.InvariantCulture), redisConnection);
            return 0;
        }

        var options = LoadOptions.Parse(args);
        using var ownRedis = options.Redis is null ? new RedisServer() : null;
        var redis = options.Redis ?? ownRedis!.ConnectionString;
        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis + ",allowAdmin=true");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Customers, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        http.DefaultRequestVersion = HttpVersion.Version11;

        await using var twilio = FakeTwilioServer.Start();
        await using var ownHub = options.Hub is null ? await HubProcess.StartAsync(redis, options, twilio.BaseUrl) : null;
        var hubUrl = options.Hub ?? ownHub!.Url;
        await using var baselineServer = await BaselineProcess.StartAsync(redis);

        Console.WriteLine($"customers {options.Customers} (half web chat, half SMS), {options.Conversation} conversation of {options.Turns} turns, measured phases of {options.Duration.TotalSeconds:F0} s, hub {hubUrl}");
        var baselineScript = new BaselineScript(http, baselineServer.Url);
        var baselineWarmUp = await SteadyState.WarmUpAsync(() => baselineScript, options, () => baselineServer.JitCompiledMethodsAsync(http));
        Console.WriteLine($"baseline: {baselineWarmUp}");

        Func<TimeSpan> redisCpu = () => ownRedis?.CpuTime() ?? TimeSpan.Zero;
        var baselineCpuBefore = MachineCpu.Now(baselineServer.CpuTime, redisCpu);
        var baselineAllocatedBefore = await baselineServer.AllocatedBytesAsync(http);
        var baseline = await LoadPhase.RunAsync(baselineScript, options.Customers, options.Turns, options.Duration);
        var baselineCpu = MachineCpu.Now(baselineServer.CpuTime, redisCpu).Since(baselineCpuBefore).Per(baseline.Count);
        var baselineAllocated = (await baselineServer.AllocatedBytesAsync(http) - baselineAllocatedBefore) / Math.Max(1, baseline.Count);
        Report("baseline", baseline);

        var hubWarmUp = await SteadyState.WarmUpAsync(() => Customers(http, hubUrl, options), options, async () => (await HubProcess.RuntimeAsync(http, hubUrl)).JitCompiledMethods);
        Console.WriteLine($"hub: {hubWarmUp}");

        var runtimeBefore = await HubProcess.RuntimeAsync(http, hubUrl);
        Func<TimeSpan> hubServerCpu = () => ownHub?.CpuTime() ?? TimeSpan.Zero;
        var hubCpuBefore = MachineCpu.Now(hubServerCpu, redisCpu);
        var customers = Customers(http, hubUrl, options);
        var hub = await LoadPhase.RunAsync(customers, options.Customers, options.Turns, options.Duration);
        var hubCpu = MachineCpu.Now(hubServerCpu, redisCpu).Since(hubCpuBefore).Per(hub.Count);
        var runtimeAfter = await HubProcess.RuntimeAsync(http, hubUrl);
        var allocatedPerTurn = (runtimeAfter.AllocatedBytes - runtimeBefore.AllocatedBytes) / Math.Max(1, hub.Count);
        Report("hub", hub);

        var halfRate = hub.PerSecond / 2;
        var atHalf = await LoadPhase.RunAtRateAsync(Customers(http, hubUrl, options), options.Customers, options.Turns, options.Duration, halfRate);
        Report(string.Create(CultureInfo.InvariantCulture, $"hub at {halfRate:F0} turns/s (half of max)"), atHalf);

        var webChat = await RedisFootprint.PerConversationAsync(mux, customers.WebChat.ConversationIds);
        var sms = await RedisFootprint.PerConversationAsync(mux, customers.Sms.Numbers);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redis per web chat conversation: state {webChat.StateBytes:F0} B, all keys now {webChat.AllBytes:F0} B, idle (keys that outlive a day) {webChat.IdleBytes:F0} B"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redis per SMS conversation: state {sms.StateBytes:F0} B, all keys now {sms.AllBytes:F0} B, idle (keys that outlive a day) {sms.IdleBytes:F0} B"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sms replies through the REST API: {twilio.RequestCount} over {twilio.ConnectionCount} connections"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated per turn: {allocatedPerTurn / 1024.0:F1} KB (baseline {baselineAllocated / 1024.0:F1} KB per request)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hub jit during the maximum run: {runtimeAfter.JitCompiledMethods - runtimeBefore.JitCompiledMethods} methods"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hub gc during the maximum run: gen0 {runtimeAfter.Gen0Collections - runtimeBefore.Gen0Collections}, gen1 {runtimeAfter.Gen1Collections - runtimeBefore.Gen1Collections}, gen2 {runtimeAfter.Gen2Collections - runtimeBefore.Gen2Collections}, paused {runtimeAfter.GcPauseMilliseconds - runtimeBefore.GcPauseMilliseconds} ms of {hub.Wall.TotalMilliseconds:F0} ms"));
        if (ownHub is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hub rss: {ownHub.ResidentBytes() / (1024.0 * 1024):F0} MB"));
            // CPU per turn is steadier than turns/s when other work shares the machine; its ratio is a second view.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"server cpu: hub {hubCpu.Server.TotalMilliseconds:F2} ms per turn, baseline {baselineCpu.Server.TotalMilliseconds:F3} ms per request (cpu ratio {baselineCpu.Server / hubCpu.Server:F2})"));
            Console.WriteLine($"cpu per baseline request: {baselineCpu.Describe("server")}");
            Console.WriteLine($"cpu per turn: {hubCpu.Describe("hub")}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cpu ratio over all three processes {baselineCpu.All / hubCpu.All:F2}"));
            if (ownRedis is null)
            {
                Console.WriteLine("redis-server was not started by this tool: its CPU is not counted above");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio {hub.PerSecond / baseline.PerSecond:F2}"));
        return hub.Errors == 0 ? 0 : 1;
    }

    private static ChannelMixScript Customers(HttpClient http, Uri hub, LoadOptions options) =>
        new(new WebChatScript(http, hub, options.Secret, options.Lines), new SmsScript(http, hub, options.Lines));

    private static void Report(string name, LatencyRecorder run)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {run.PerSecond:F0}/s over {run.Count} in {run.Wall.TotalSeconds:F1} s ({run.Errors} errors)  {run.Summarize()}"));
        foreach (var (kind, latency) in run.SummarizeKinds())
        {
            Console.WriteLine($"  {kind}: {latency}");
        }
    }
}
