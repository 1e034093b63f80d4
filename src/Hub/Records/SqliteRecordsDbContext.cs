using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records;

/// <summary>
/// The embedded provider. SQLite has no DateTimeOffset type, and EF stores it as text that cannot be compared or
/// ordered in SQL, so the records' timestamps are stored as UTC ticks (<see cref="UtcTicksConverter"/>): range queries
/// and ORDER BY then work. The transcript keeps its original text column.
/// </summary>
public sealed class SqliteRecordsDbContext(DbContextOptions<SqliteRecordsDbContext> options) : RecordsDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var property in modelBuilder.Model.GetEntityTypes()
                     .Where(e => e.ClrType != typeof(TranscriptEntry))
                     .SelectMany(e => e.GetProperties())
                     .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
        {
            property.SetValueConverter(new UtcTicksConverter());
        }
    }
}
