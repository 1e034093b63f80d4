using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records.Model;

/// <summary>Tables and indexes of customers, their consents and channel identities, vehicles and service visits.</summary>
internal static class CustomerModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        var customer = modelBuilder.Entity<Customer>();
        customer.ToTable("customer");
        customer.Property(c => c.Name).HasMaxLength(100);
        customer.Property(c => c.Mobile).HasMaxLength(20);
        customer.Property(c => c.WeChatOpenId).HasMaxLength(64);
        customer.Property(c => c.PreferredChannel).HasMaxLength(32);
        customer.Property(c => c.Language).HasMaxLength(16);
        customer.HasIndex(c => c.Mobile);
        customer.HasIndex(c => c.WeChatOpenId);
        customer.HasMany(c => c.Consents).WithOne().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
        customer.HasMany(c => c.Identities).WithOne().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Cascade);
        customer.HasMany(c => c.Vehicles).WithOne(v => v.Customer).HasForeignKey(v => v.CustomerId).OnDelete(DeleteBehavior.SetNull);

        var consent = modelBuilder.Entity<Consent>();
        consent.ToTable("consent");
        consent.Property(c => c.Source).HasMaxLength(64);
        consent.HasIndex(c => new { c.CustomerId, c.Purpose }).IsUnique();

        var identity = modelBuilder.Entity<ChannelIdentity>();
        identity.ToTable("channel_identity");
        identity.Property(i => i.Channel).HasMaxLength(32);
        identity.Property(i => i.UserId).HasMaxLength(128);
        identity.HasIndex(i => new { i.Channel, i.UserId }).IsUnique();

        var vehicle = modelBuilder.Entity<Vehicle>();
        vehicle.ToTable("vehicle");
        vehicle.Property(v => v.Vin).HasMaxLength(17);
        vehicle.Property(v => v.Plate).HasMaxLength(16);
        vehicle.Property(v => v.Model).HasMaxLength(64);
        vehicle.HasIndex(v => v.Vin).IsUnique();
        vehicle.HasIndex(v => v.Plate);
        vehicle.HasMany(v => v.Visits).WithOne().HasForeignKey(s => s.VehicleId).OnDelete(DeleteBehavior.Cascade);

        var visit = modelBuilder.Entity<ServiceVisit>();
        visit.ToTable("service_visit");
        visit.Property(s => s.Advisor).HasMaxLength(64);
        visit.Property(s => s.WorkDone).HasMaxLength(2000);
        visit.HasIndex(s => new { s.VehicleId, s.Date });
    }
}
