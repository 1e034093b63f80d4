using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Hosting;
using ContactHub.Hub.Records.Import;
using ContactHub.Hub.Records.Seed;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactHub.Hub.Records;

public static class RecordsRegistration
{
    public static IHostApplicationBuilder AddContactHubRecords(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RecordsOptions.Section).Get<RecordsOptions>() ?? new RecordsOptions();
        var connectionString = builder.Configuration.GetConnectionString(RecordsOptions.ConnectionStringName);
        if (options.IsPostgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Records:Provider is postgres but ConnectionStrings:Records is not set.");
            }

            builder.Services.AddSingleton(new RecordsWriteGate(serializeWrites: false));
            builder.Services.AddPooledDbContextFactory<PostgresRecordsDbContext>(o => o.UseNpgsql(connectionString));
            builder.Services.AddSingleton<IDbContextFactory<RecordsDbContext>, RecordsContextFactory<PostgresRecordsDbContext>>();
        }
        else
        {
            var sqlite = SqliteConnection(connectionString ?? RecordsOptions.DefaultSqlite, builder.Environment.ContentRootPath);
            var gate = new RecordsWriteGate(serializeWrites: true);
            builder.Services.AddSingleton(gate);
            builder.Services.AddPooledDbContextFactory<SqliteRecordsDbContext>(o => KeptOpenSqliteConnection.UseIn(o.UseSqlite(sqlite))
                .AddInterceptors(new SqliteSynchronousInterceptor(), new RecordsWriteGateInterceptor(gate)));
            builder.Services.AddSingleton<IDbContextFactory<RecordsDbContext>, SqliteRecordsContextFactory>();
        }

        builder.Services.Configure<RecordsOptions>(builder.Configuration.GetSection(RecordsOptions.Section));
        builder.Services.Configure<ComplaintOptions>(builder.Configuration.GetSection(ComplaintOptions.Section));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<WorkshopScheduleCache>();
        builder.Services.AddSingleton<IAppointmentBook, EfAppointmentBook>();
        builder.Services.AddSingleton<IComplaintDesk, EfComplaintDesk>();
        builder.Services.AddSingleton<ISurveyStore, EfSurveyStore>();
        builder.Services.AddSingleton<CustomerLookupCache>();
        builder.Services.AddSingleton<ICustomerDirectory, EfCustomerDirectory>();
        builder.Services.AddSingleton<TranscriptWriter>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TranscriptWriter>());
        builder.Services.AddSingleton<DemoDataSeeder>();
        builder.Services.AddSingleton<IRowImporter, CustomerRowImporter>();
        builder.Services.AddSingleton<IRowImporter, VehicleRowImporter>();
        builder.Services.AddSingleton<IRowImporter, VisitRowImporter>();
        builder.Services.AddSingleton<CsvImporter>();
        builder.Services.AddHealthChecks().AddCheck<RecordsHealthCheck>("records", tags: [HubHostDefaults.ReadyTag]);
        return builder;
    }

    /// <summary>Creates or upgrades the records database and its workshop calendar before the hub takes traffic.</summary>
    public static async Task MigrateRecordsAsync(this WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        if (db.Database.GetDbConnection() is SqliteConnection connection
            && Path.GetDirectoryName(new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.MigrateAsync();
        if (db.Database.GetDbConnection() is SqliteConnection)
        {
            // Readers no longer block the writer, nor the writer them; the mode is kept in the database file (issue 8).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        await db.EnsureCalendarAsync(CancellationToken.None);
    }

    /// <summary>In Development (or with Records:SeedDemoData true), seeds the demo dealer once.</summary>
    public static async Task SeedDemoRecordsAsync(this WebApplication app)
    {
        var options = app.Configuration.GetSection(RecordsOptions.Section).Get<RecordsOptions>() ?? new RecordsOptions();
        if (options.SeedDemoData ?? app.Environment.IsDevelopment())
        {
            await app.Services.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
        }
    }

    private static string SqliteConnection(string connectionString, string contentRoot)
    {
        var sqlite = new SqliteConnectionStringBuilder(connectionString);
        if (!Path.IsPathRooted(sqlite.DataSource) && sqlite.DataSource != ":memory:")
        {
            sqlite.DataSource = Path.Combine(contentRoot, sqlite.DataSource);
        }

        return sqlite.ToString();
    }
}
