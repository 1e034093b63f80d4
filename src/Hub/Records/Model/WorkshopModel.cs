using ContactHub.Dialogs.Ports;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records.Model;

/// <summary>Tables of the workshop calendar and the appointments booked in it.</summary>
internal static class WorkshopModel
{
    /// <summary>
    /// Cancelled appointments free their bay; all others hold it. Quoted the same way in SQLite and PostgreSQL; it names
    /// <see cref="AppointmentStatus.Cancelled"/> as stored, so renaming that member needs a migration.
    /// </summary>
    public const string HoldsBayFilter = "\"Status\" <> 'Cancelled'";

    public static void Configure(ModelBuilder modelBuilder)
    {
        var appointment = modelBuilder.Entity<Appointment>();
        appointment.ToTable("appointment");
        appointment.Property(a => a.Advisor).HasMaxLength(64);
        appointment.Property(a => a.SourceChannel).HasMaxLength(32);
        appointment.HasOne(a => a.Vehicle).WithMany().HasForeignKey(a => a.VehicleId).OnDelete(DeleteBehavior.Restrict);
        appointment.HasOne<Customer>().WithMany().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Restrict);
        appointment.HasIndex(a => a.StartsAt);
        appointment.HasIndex(a => new { a.CustomerId, a.StartsAt });

        // The capacity guarantee (issue 3): one live appointment per bay and slot, enforced by the database.
        appointment.HasIndex(a => new { a.StartsAt, a.Bay }).IsUnique().HasFilter(HoldsBayFilter).HasDatabaseName("UX_appointment_slot_bay");

        var calendar = modelBuilder.Entity<WorkshopCalendar>();
        calendar.ToTable("workshop_calendar");
        calendar.Property(c => c.Id).ValueGeneratedNever();
        calendar.Property(c => c.TimeZoneId).HasMaxLength(64);
        calendar.HasMany(c => c.Hours).WithOne().HasForeignKey(h => h.CalendarId).OnDelete(DeleteBehavior.Cascade);
        calendar.HasMany(c => c.Holidays).WithOne().HasForeignKey(h => h.CalendarId).OnDelete(DeleteBehavior.Cascade);

        var hours = modelBuilder.Entity<WorkshopHours>();
        hours.ToTable("workshop_hours");
        hours.HasIndex(h => new { h.CalendarId, h.Day }).IsUnique();

        var holiday = modelBuilder.Entity<WorkshopHoliday>();
        holiday.ToTable("workshop_holiday");
        holiday.Property(h => h.Name).HasMaxLength(64);
        holiday.HasIndex(h => new { h.CalendarId, h.Date }).IsUnique();

        _ = AppointmentStatus.Cancelled; // HoldsBayFilter names this member; renaming it needs a migration.
    }
}
