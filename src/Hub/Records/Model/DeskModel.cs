using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records.Model;

/// <summary>Tables of the agent desk: its agents and the audit trail of what they did.</summary>
internal static class DeskModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        var agent = modelBuilder.Entity<Agent>();
        agent.ToTable("agent");
        agent.Property(a => a.UserName).HasMaxLength(64);
        agent.Property(a => a.DisplayName).HasMaxLength(100);
        agent.Property(a => a.Role).HasMaxLength(16);
        agent.Property(a => a.PasswordHash).HasMaxLength(256);
        agent.HasIndex(a => a.UserName).IsUnique();

        var audit = modelBuilder.Entity<DeskAuditEntry>();
        audit.ToTable("desk_audit");
        audit.Property(a => a.Agent).HasMaxLength(64);
        audit.Property(a => a.Action).HasMaxLength(32);
        audit.Property(a => a.Channel).HasMaxLength(32);
        audit.Property(a => a.UserId).HasMaxLength(128);
        audit.Property(a => a.Detail).HasMaxLength(4000);
        audit.HasIndex(a => new { a.Channel, a.UserId, a.Id });
        audit.HasIndex(a => a.At);
    }
}
