using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ContactHub.Hub.Records;

/// <summary>
/// Lets `dotnet ef` build the SQLite model without starting the hub. Each provider has its own migration set; add a
/// migration to both (from src/Hub, with PATH including ~/.dotnet/tools):
/// <code>
/// dotnet ef migrations add NAME --context SqliteRecordsDbContext --output-dir Records/Migrations/Sqlite --namespace ContactHub.Hub.Records.Migrations.Sqlite
/// dotnet ef migrations add NAME --context PostgresRecordsDbContext --output-dir Records/Migrations/Postgres --namespace ContactHub.Hub.Records.Migrations.Postgres
/// </code>
/// (if the snapshot lands in a namespace-derived folder such as ContactHub/Hub/Records/Migrations, move it beside the migration).
/// </summary>
public sealed class SqliteRecordsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRecordsDbContext>
{
    public SqliteRecordsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRecordsDbContext>().UseSqlite(RecordsOptions.DefaultSqlite).Options);
}
