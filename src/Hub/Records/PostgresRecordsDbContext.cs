using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records;

/// <summary>
/// PostgreSQL (<c>Records:Provider</c> = <c>postgres</c>). Timestamps are <c>timestamptz</c>, which Npgsql only
/// writes with offset zero, so every DateTimeOffset is turned to UTC on the way in.
/// </summary>
public sealed class PostgresRecordsDbContext(DbContextOptions<PostgresRecordsDbContext> options) : RecordsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }
}
