using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records;

/// <summary>The dealer's records: SQLite by default, PostgreSQL by connection string (issue 3).</summary>
public sealed class RecordsDbContext(DbContextOptions<RecordsDbContext> options) : DbContext(options)
{
    public DbSet<TranscriptEntry> Transcript => Set<TranscriptEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var transcript = modelBuilder.Entity<TranscriptEntry>();
        transcript.ToTable("transcript");
        transcript.Property(t => t.Channel).HasMaxLength(32);
        transcript.Property(t => t.UserId).HasMaxLength(128);
        transcript.Property(t => t.ActivityId).HasMaxLength(128);
        transcript.Property(t => t.Type).HasMaxLength(32);
        transcript.Property(t => t.Locale).HasMaxLength(16);
        transcript.Property(t => t.DeliveryStatus).HasMaxLength(256);
        transcript.Property(t => t.Direction).HasConversion<string>().HasMaxLength(16);
        transcript.HasIndex(t => new { t.Channel, t.UserId, t.Id });
    }
}
