using System.Net;
using System.Net.Sockets;

namespace ContactHub.CampaignBench;

/// <summary>A throwaway PostgreSQL cluster (Debian's postgresql package) on a free loopback port, as test.sh starts one.</summary>
public sealed class BenchPostgres : IDisposable
{
    private readonly string _pgCtl;
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), $"contacthub-bench-pg-{Guid.NewGuid():N}");

    public BenchPostgres()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderDescending(StringComparer.Ordinal).Select(d => Path.Combine(d, "bin")).First();
        _pgCtl = Path.Combine(bin, "pg_ctl");
        Directory.CreateDirectory(_dataDir);
        BenchProcess.Run("chown", "postgres", _dataDir);
        var port = FreePort();
        AsPostgres(Path.Combine(bin, "initdb"), "-D", _dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        AsPostgres(_pgCtl, "-D", _dataDir, "-w", "-l", Path.Combine(_dataDir, "server.log"), "-o", $"-p {port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c shared_buffers=256MB", "start");
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=60;Command Timeout=600";
    }

    public string ConnectionString { get; }

    public void Dispose()
    {
        AsPostgres(_pgCtl, "-D", _dataDir, "-m", "immediate", "stop");
        Directory.Delete(_dataDir, recursive: true);
    }

    private static void AsPostgres(string program, params string[] args)
    {
        if (Environment.IsPrivilegedProcess)
        {
            BenchProcess.Run("runuser", ["-u", "postgres", "--", program, .. args]);
        }
        else
        {
            BenchProcess.Run(program, args);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
