using System.Globalization;
using StackExchange.Redis;

namespace ContactHub.LoadTest;

/// <summary>
/// The physical baseline of a turn (issue 8): a bare ASP.NET Core endpoint that does one Redis GET and one SET per
/// request, with a value the size of a conversation's state. Runs in its own process, like the hub.
/// </summary>
public static class BaselineServer
{
    public const string Command = "serve-baseline";

    public const string ReadyLine = "baseline ready";

    /// <summary>Answers how many methods the baseline has jitted, so it is warmed up as the hub is.</summary>
    public const string JitPath = "/baseline-jit";

    /// <summary>Answers the bytes the baseline has allocated, so its allocation per request stands beside the hub's.</summary>
    public const string AllocatedPath = "/baseline-allocated";

    private static readonly byte[] StateSizedValue = new byte[1200];

    public static async Task RunAsync(int port, string redis)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        // Connected before the first request: a lazy synchronous connect inside the DI singleton lock starves the
        // thread pool when a hundred clients arrive at once.
        builder.Services.AddSingleton<IConnectionMultiplexer>(await ConnectionMultiplexer.ConnectAsync(redis));
        var app = builder.Build();
        app.MapPost("/baseline/{id}", async (string id, IConnectionMultiplexer mux) =>
        {
            var db = mux.GetDatabase();
            var key = $"baseline:{{{id}}}";
            var current = await db.StringGetAsync(key);
            await db.StringSetAsync(key, current.IsNull ? StateSizedValue : (byte[])current!);
            return TypedResults.Ok();
        });
        app.MapGet(JitPath, () => System.Runtime.JitInfo.GetCompiledMethodCount());
        app.MapGet(AllocatedPath, () => GC.GetTotalAllocatedBytes());
        await app.StartAsync();
        Console.WriteLine(ReadyLine);
        await app.WaitForShutdownAsync();
    }
}
