using ContactHub.Hub.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records;

public static class RecordsRegistration
{
    public static IHostApplicationBuilder AddContactHubRecords(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(RecordsOptions.ConnectionStringName) ?? RecordsOptions.DefaultSqlite;
        var sqlite = new SqliteConnectionStringBuilder(connectionString);
        if (!Path.IsPathRooted(sqlite.DataSource) && sqlite.DataSource != ":memory:")
        {
            sqlite.DataSource = Path.Combine(builder.Environment.ContentRootPath, sqlite.DataSource);
        }

        builder.Services.AddPooledDbContextFactory<RecordsDbContext>(o => o.UseSqlite(sqlite.ToString()));
        builder.Services.AddHealthChecks().AddCheck<RecordsHealthCheck>("records", tags: [HubHostDefaults.ReadyTag]);
        return builder;
    }

    /// <summary>Creates or upgrades the records database before the hub takes traffic.</summary>
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
    }
}
