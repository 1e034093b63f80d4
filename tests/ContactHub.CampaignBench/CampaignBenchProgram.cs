using System.Diagnostics;
using System.Globalization;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ContactHub.CampaignBench;

/// <summary>
/// <c>dotnet run -c Release --project tests/ContactHub.CampaignBench -- [sqlite|postgres|both] [vehicles]</c>:
/// starts a redis-server (and a PostgreSQL cluster), bulk-loads the synthetic dealer in a child process (not timed),
/// then runs targeting and enqueueing in another child process, which reports its wall time and peak working set.
/// </summary>
public static class CampaignBenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["load", var provider, var records, var count])
        {
            await MigrateAsync(provider, records);
            var dealer = new SyntheticDealer(int.Parse(count, CultureInfo.InvariantCulture), DateOnly.FromDateTime(DateTime.UtcNow));
            if (provider == RecordsOptions.Postgres)
            {
                PostgresBulkLoader.Load(records, dealer);
            }
            else
            {
                SqliteBulkLoader.Load(records, dealer);
            }

            return 0;
        }

        if (args is ["run", var runProvider, var runRecords, var redis])
        {
            Console.WriteLine(await BenchRun.RunAsync(runProvider, runRecords, redis));
            return 0;
        }

        var which = args.Length > 0 ? args[0] : "both";
        var vehicles = args.Length > 1 ? args[1] : "1000000";
        if (which is "sqlite" or "both")
        {
            Measure("sqlite", $"Data Source={Path.Combine(Path.GetTempPath(), $"contacthub-bench-{Guid.NewGuid():N}.db")}", vehicles);
        }

        if (which is "postgres" or "both")
        {
            using var postgres = new BenchPostgres();
            Measure(RecordsOptions.Postgres, postgres.ConnectionString, vehicles);
        }

        return 0;
    }

    private static void Measure(string provider, string records, string vehicles)
    {
        using var redis = new BenchRedis();
        var load = Stopwatch.StartNew();
        BenchProcess.RunSelf("load", provider, records, vehicles);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider}: loaded {vehicles} vehicles in {load.Elapsed.TotalSeconds:F0} s (not counted)"));
        Console.Write(BenchProcess.RunSelf("run", provider, records, redis.ConnectionString));
        if (provider != RecordsOptions.Postgres)
        {
            foreach (var suffix in (string[])["", "-wal", "-shm"])
            {
                File.Delete(records["Data Source=".Length..] + suffix);
            }
        }
    }

    private static async Task MigrateAsync(string provider, string records)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Records:Provider"] = provider,
            ["ConnectionStrings:Records"] = records,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddContactHubRecords();
        using var host = builder.Build();
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }
}
