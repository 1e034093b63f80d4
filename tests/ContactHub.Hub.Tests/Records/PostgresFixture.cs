using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ContactHub.Hub.Tests.Records;

/// <summary>
/// A real PostgreSQL for the records tests: the server named by CONTACTHUB_POSTGRES (test.sh starts one), or else a
/// throwaway cluster of Debian's postgresql package started here on a free loopback port (as the postgres user when
/// running as root, since postgres refuses root). Each test gets its own database, dropped afterwards. No Docker.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private string? _dataDir;
    private string? _pgCtl;

    public string AdminConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable("CONTACTHUB_POSTGRES");
        if (!string.IsNullOrWhiteSpace(external))
        {
            AdminConnectionString = external;
            return;
        }

        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderDescending(StringComparer.Ordinal).Select(d => Path.Combine(d, "bin")).FirstOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL is not installed (apt-get install postgresql) and CONTACTHUB_POSTGRES is not set.");
        _pgCtl = Path.Combine(bin, "pg_ctl");
        _dataDir = Path.Combine(Path.GetTempPath(), $"contacthub-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_dataDir);
        await RunAsync("chown", "postgres", _dataDir);
        var port = FreePort();
        await RunAsPostgresAsync(Path.Combine(bin, "initdb"), "-D", _dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        await RunAsPostgresAsync(_pgCtl, "-D", _dataDir, "-w", "-l", Path.Combine(_dataDir, "server.log"), "-o", $"-p {port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        AdminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    public async Task DisposeAsync()
    {
        if (_pgCtl is not null && _dataDir is not null)
        {
            await RunAsPostgresAsync(_pgCtl, "-D", _dataDir, "-m", "immediate", "stop");
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"contacthub_test_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE {name}");
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = false }.ConnectionString;
    }

    public Task DropDatabaseAsync(string connectionString) =>
        ExecuteAsync($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(connectionString).Database} WITH (FORCE)");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static Task RunAsPostgresAsync(string program, params string[] args) =>
        Environment.IsPrivilegedProcess ? RunAsync("runuser", ["-u", "postgres", "--", program, .. args]) : RunAsync(program, args);

    private static async Task RunAsync(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
