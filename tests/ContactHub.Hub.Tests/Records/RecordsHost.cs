using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ContactHub.Hub.Tests.Records;

/// <summary>The records services exactly as the hub registers them (AddContactHubRecords), on a fake clock, migrated.</summary>
public sealed class RecordsHost(IHost host, FakeTimeProvider clock) : IDisposable
{
    /// <summary>Friday 2026-11-27 10:00 in Shanghai.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock => clock;

    public IServiceProvider Services => host.Services;

    public static async Task<RecordsHost> StartAsync(string provider, string connectionString)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Records:Provider"] = provider,
            ["ConnectionStrings:Records"] = connectionString,
        });
        var clock = new FakeTimeProvider(Now);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddContactHubRecords();
        var records = new RecordsHost(builder.Build(), clock);
        await using var db = await records.DbAsync();
        await db.Database.MigrateAsync();
        await db.EnsureCalendarAsync(CancellationToken.None);
        return records;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task<RecordsDbContext> DbAsync() =>
        await Get<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();

    public void Dispose() => host.Dispose();
}
