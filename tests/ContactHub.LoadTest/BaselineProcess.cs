using System.Diagnostics;
using System.Globalization;

namespace ContactHub.LoadTest;

/// <summary>This same program started again as <see cref="BaselineServer"/> in a child process.</summary>
public sealed class BaselineProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BaselineProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<BaselineProcess> StartAsync(string redis)
    {
        var port = RedisServer.FreePort();
        var self = typeof(BaselineProcess).Assembly.Location;
        var info = new ProcessStartInfo("dotnet", [self, BaselineServer.Command, port.ToString(CultureInfo.InvariantCulture), redis])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("the baseline server did not start");
        var url = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        await ReadyProbe.WaitAsync(process, BaselineServer.ReadyLine);
        return new BaselineProcess(process, url);
    }

    public Task<long> JitCompiledMethodsAsync(HttpClient http) => GetNumberAsync(http, BaselineServer.JitPath);

    public Task<long> AllocatedBytesAsync(HttpClient http) => GetNumberAsync(http, BaselineServer.AllocatedPath);

    /// <summary>CPU time the process has used so far (user + system).</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    private async Task<long> GetNumberAsync(HttpClient http, string path) =>
        long.Parse(await http.GetStringAsync(new Uri(Url, path)), CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
