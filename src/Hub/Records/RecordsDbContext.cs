using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records;

/// <summary>
/// The dealer's records (issue 3). One model, two providers: <see cref="SqliteRecordsDbContext"/> (the embedded
/// default) and <see cref="PostgresRecordsDbContext"/>, each with its own migrations, since EF ties a migration set
/// to one context type. Code asks for <c>IDbContextFactory&lt;RecordsDbContext&gt;</c> and gets the configured one.
/// </summary>
public abstract class RecordsDbContext : DbContext
{
    protected RecordsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<TranscriptEntry> Transcript => Set<TranscriptEntry>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Consent> Consents => Set<Consent>();

    public DbSet<ChannelIdentity> ChannelIdentities => Set<ChannelIdentity>();

    public DbSet<Vehicle> Vehicles => Set<Vehicle>();

    public DbSet<ServiceVisit> ServiceVisits => Set<ServiceVisit>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<WorkshopCalendar> WorkshopCalendars => Set<WorkshopCalendar>();

    public DbSet<Survey> Surveys => Set<Survey>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ComplaintEvent> ComplaintEvents => Set<ComplaintEvent>();

    public DbSet<Agent> Agents => Set<Agent>();

    public DbSet<DeskAuditEntry> DeskAudit => Set<DeskAuditEntry>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<CampaignDelivery> CampaignDeliveries => Set<CampaignDelivery>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name, so the tables read well and reordering an enum cannot corrupt data.
        configurationBuilder.Properties<ServiceType>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AppointmentStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ComplaintCategory>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ComplaintSeverity>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ComplaintStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<SurveyKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<SurveyStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ConsentPurpose>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DayOfWeek>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Campaigns.CampaignKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Campaigns.CampaignStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Campaigns.CampaignDeliveryStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Outbox.OutboxPurpose>().HaveConversion<string>().HaveMaxLength(16);
    }

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

        CustomerModel.Configure(modelBuilder);
        WorkshopModel.Configure(modelBuilder);
        FollowUpModel.Configure(modelBuilder);
        DeskModel.Configure(modelBuilder);
        CampaignModel.Configure(modelBuilder);
    }
}
