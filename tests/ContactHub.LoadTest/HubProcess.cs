using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using ContactHub.Tests.Twilio;

namespace ContactHub.LoadTest;

/// <summary>The hub as a separate process on loopback, built beforehand (dotnet build -c Release src/Hub).</summary>
public sealed class HubProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HubProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<HubProcess> StartAsync(string redis, LoadOptions options, Uri twilioApi)
    {
        var dll = Path.Combine(RepoRoot(), "src", "Hub", "bin", options.Configuration, "net10.0", "ContactHub.Hub.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the hub first: dotnet build -c {options.Configuration} src/Hub", dll);
        }

        var port = RedisServer.FreePort();
        var url = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", url.ToString().TrimEnd('/')])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ConnectionStrings__Redis"] = redis;
        info.Environment["ConnectionStrings__Records"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"contacthub-load-{port}.db")}";
        info.Environment["DirectLine__Secret"] = options.Secret;
        info.Environment["Diagnostics__Expose"] = "true";
        // The booking conversation types demo customers' mobiles, and their replies by SMS go to the fake Twilio.
        info.Environment["Records__SeedDemoData"] = "true";
        info.Environment["Twilio__AccountSid"] = FakeTwilioServer.AccountSid;
        info.Environment["Twilio__AuthToken"] = FakeTwilioServer.AuthToken;
        info.Environment["Twilio__From"] = SmsScript.HubNumber;
        info.Environment["Twilio__PublicBaseUrl"] = SmsScript.PublicBaseUrl;
        info.Environment["Twilio__ApiBaseUrl"] = twilioApi.ToString();
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // ASP.NET Core's own "Application started" line is the ready signal; everything else stays at Warning.
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        var process = Process.Start(info) ?? throw new InvalidOperationException("the hub did not start");
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"hub: {e.Data}"); } };
        process.BeginErrorReadLine();
        var hub = new HubProcess(process, url);
        // The hub's warnings and errors (console logger, stdout) go to a file beside its records database.
        var log = new StreamWriter(Path.Combine(Path.GetTempPath(), $"contacthub-load-{port}.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.Exited += (_, _) => { lock (log) { log.Dispose(); } };
        await ReadyProbe.WaitAsync(process, "Application started");
        return hub;
    }

    /// <summary>Resident set size of the hub process, from /proc.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    public static async Task<RuntimeFigures> RuntimeAsync(HttpClient http, Uri hub) =>
        await http.GetFromJsonAsync(new Uri(hub, "/diagnostics/runtime"), LoadJsonContext.Default.RuntimeFigures)
        ?? throw new InvalidOperationException("the hub sent no runtime figures");

    /// <summary>CPU time the process has used so far (user + system).</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContactHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("ContactHub.sln not found above " + AppContext.BaseDirectory);
    }
}
