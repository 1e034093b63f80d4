using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace ContactHub.Hub.Tests.Infrastructure;

/// <summary>
/// A real Redis for the tests: the apt-installed redis-server on a free loopback port, or the one named by
/// CONTACTHUB_REDIS when that is set (an already-running Redis wins, as in Wolverine's fixtures). No Docker.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private Process? _server;

    public string ConnectionString { get; private set; } = "";

    public IConnectionMultiplexer Connection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable("CONTACTHUB_REDIS");
        if (string.IsNullOrWhiteSpace(external))
        {
            var port = FreePort();
            _server = await StartServerAsync(port);
            ConnectionString = $"127.0.0.1:{port}";
        }
        else
        {
            ConnectionString = external;
        }

        Connection = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (Connection is not null)
        {
            await Connection.DisposeAsync();
        }

        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
    }

    private static async Task<Process> StartServerAsync(int port)
    {
        var info = new ProcessStartInfo("redis-server", ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Ready to accept connections", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("redis-server exited during start-up; is the redis-server package installed?"));
        process.Start();
        process.BeginOutputReadLine();
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(20));
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
