using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ContactHub.Hub.Records;

/// <summary>Lets `dotnet ef` build the PostgreSQL model; it never connects. See <see cref="SqliteRecordsDesignTimeFactory"/>.</summary>
public sealed class PostgresRecordsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRecordsDbContext>
{
    public PostgresRecordsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresRecordsDbContext>().UseNpgsql("Host=localhost;Database=contacthub").Options);
}
