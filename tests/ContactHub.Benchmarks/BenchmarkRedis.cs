using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace ContactHub.Benchmarks;

/// <summary>CONTACTHUB_REDIS when set, otherwise a throwaway redis-server on a free loopback port.</summary>
public sealed class BenchmarkRedis : IDisposable
{
    private readonly Process? _server;

    public BenchmarkRedis()
    {
        var external = Environment.GetEnvironmentVariable("CONTACTHUB_REDIS");
        if (!string.IsNullOrWhiteSpace(external))
        {
            ConnectionString = external;
            return;
        }

        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _server = Process.Start(new ProcessStartInfo("redis-server", ["--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        ConnectionString = $"127.0.0.1:{port}";
        using var connection = ConnectionMultiplexer.Connect($"{ConnectionString},abortConnect=false,connectTimeout=10000");
        connection.GetDatabase().Ping();
    }

    public string ConnectionString { get; }

    public void Dispose()
    {
        _server?.Kill();
        _server?.Dispose();
    }
}
