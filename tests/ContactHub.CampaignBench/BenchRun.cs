using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Outbox;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using ContactHub.Hub.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace ContactHub.CampaignBench;

/// <summary>
/// The measured part: the hub's own campaign engine (records, Redis outbox, campaigns, composed as the hub composes
/// them) runs a 首保 and a periodic-maintenance campaign over every vehicle, targeting and enqueueing into Redis.
/// </summary>
public static class BenchRun
{
    private const string Outbox = "bench";

    public static async Task<string> RunAsync(string provider, string records, string redis)
    {
        using var host = Build(provider, records, redis);
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        var runner = host.Services.GetRequiredService<ICampaignRunner>();
        var first = await CreateAsync(host, new CampaignDefinition { Name = "首保提醒", Kind = CampaignKind.FirstMaintenance });
        var periodic = await CreateAsync(host, new CampaignDefinition { Name = "日常保养提醒", Kind = CampaignKind.PeriodicMaintenance });
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var reports = new[] { await runner.RunAsync(first, CancellationToken.None), await runner.RunAsync(periodic, CancellationToken.None) };
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var peak = process.PeakWorkingSet64 / (1024.0 * 1024.0);
        var connection = host.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
        var inOutbox = await connection.StreamLengthAsync(StateKeys.OutboxStream(Outbox)) + await connection.SortedSetLengthAsync(StateKeys.OutboxDelayed(Outbox));
        var skipped = reports.SelectMany(r => r.Skipped).GroupBy(s => s.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Sum(s => s.Value)}");
        return string.Create(CultureInfo.InvariantCulture, $"{provider}: {seconds:F1} s ({cpu:F1} s CPU), peak working set {peak:F0} MB; targeted {reports.Sum(r => r.Targeted)}, enqueued {reports.Sum(r => r.Enqueued)} (outbox holds {inOutbox}), skipped {string.Join(", ", skipped)}");
    }

    private static IHost Build(string provider, string records, string redis)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Records:Provider"] = provider,
            ["ConnectionStrings:Records"] = records,
            ["ConnectionStrings:Redis"] = redis,
            ["Outbox:Name"] = Outbox,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));
        builder.AddContactHubRecords();
        builder.AddContactHubOutbox();
        builder.AddContactHubCampaigns();
        return builder.Build();
    }

    private static async Task<long> CreateAsync(IHost host, CampaignDefinition definition)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        var campaign = new Campaign
        {
            Name = definition.Name,
            Kind = definition.Kind,
            Status = CampaignStatus.Running,
            Definition = JsonSerializer.Serialize(definition, CampaignJsonContext.Default.CampaignDefinition),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        return campaign.Id;
    }
}
