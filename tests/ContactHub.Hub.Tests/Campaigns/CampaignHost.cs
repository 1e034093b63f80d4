using System.Text.Json;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Outbox;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using ContactHub.Hub.Records.Seed;
using ContactHub.Hub.Tests.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ContactHub.Hub.Tests.Campaigns;

/// <summary>
/// One hub instance's campaign engine, composed as the hub composes it (records, outbox, campaigns) on a fake clock,
/// not started, so the outbox worker sends nothing and the tests can count what was enqueued. Two hosts on one
/// database and one Redis outbox are two hub instances.
/// </summary>
public sealed class CampaignHost(IHost host, FakeTimeProvider clock) : IDisposable
{
    public FakeTimeProvider Clock => clock;

    public ICampaignRunner Runner => Get<ICampaignRunner>();

    public IOutbox Outbox => Get<IOutbox>();

    public static async Task<CampaignHost> StartAsync(string provider, string connectionString, string? redis = null, string? outboxName = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Records:Provider"] = provider,
            ["ConnectionStrings:Records"] = connectionString,
            ["ConnectionStrings:Redis"] = redis,
            ["Outbox:Name"] = outboxName ?? "outbox",
            ["Dealer:Name"] = "星河汽车4S店",
        });
        var clock = new FakeTimeProvider(RecordsHost.Now);
        builder.Services.AddSingleton<TimeProvider>(clock);
        if (redis is not null)
        {
            builder.Services.AddSingleton<StackExchange.Redis.IConnectionMultiplexer>(_ => StackExchange.Redis.ConnectionMultiplexer.Connect(redis));
        }

        builder.AddContactHubRecords();
        builder.AddContactHubOutbox();
        builder.AddContactHubCampaigns();
        var campaigns = new CampaignHost(builder.Build(), clock);
        await using var db = await campaigns.DbAsync();
        await db.Database.MigrateAsync();
        return campaigns;
    }

    public T Get<T>()
        where T : notnull => host.Services.GetRequiredService<T>();

    public async Task<RecordsDbContext> DbAsync() =>
        await Get<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();

    public Task SeedDemoDataAsync() => Get<DemoDataSeeder>().SeedAsync(CancellationToken.None);

    public async Task<long> CreateCampaignAsync(CampaignDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        await using var db = await DbAsync();
        var campaign = new Campaign
        {
            Name = definition.Name,
            Kind = definition.Kind,
            Status = CampaignStatus.Running,
            Definition = JsonSerializer.Serialize(definition, CampaignJsonContext.Default.CampaignDefinition),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        return campaign.Id;
    }

    public async Task<List<CampaignDelivery>> DeliveriesAsync(long campaignId)
    {
        await using var db = await DbAsync();
        return await db.CampaignDeliveries.AsNoTracking().Where(d => d.CampaignId == campaignId).OrderBy(d => d.IdempotencyKey).ToListAsync();
    }

    public void Dispose() => host.Dispose();
}
