using ContactHub.Dialogs.Recognition;
using ContactHub.Hub.Records;
using Quartz;

namespace ContactHub.Hub.Campaigns.Scheduling;

public static class CampaignScheduleRegistration
{
    public const string SchedulerName = "ContactHubCampaigns";

    /// <summary>
    /// Quartz runs <see cref="CampaignRunJob"/> on each configured cron. On PostgreSQL records the schedule lives in the
    /// records database as a clustered AdoJobStore (its qrtz_ tables created at start when missing), so with several
    /// hub instances each firing runs once; otherwise it is in memory (one instance, SQLite).
    /// </summary>
    public static IHostApplicationBuilder AddContactHubCampaignSchedule(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(CampaignScheduleOptions.Section).Get<CampaignScheduleOptions>() ?? new CampaignScheduleOptions();
        if (!options.Enabled)
        {
            return builder;
        }

        var records = builder.Configuration.GetSection(RecordsOptions.Section).Get<RecordsOptions>() ?? new RecordsOptions();
        var clustered = UsesRecordsStore(options, records);
        var connectionString = builder.Configuration.GetConnectionString(RecordsOptions.ConnectionStringName);
        var zone = DealerTimeZone.Find(builder.Configuration["Dealer:TimeZone"] ?? DealerTimeZone.DefaultId);
        builder.Services.AddQuartz(q => Configure(q, options, zone, clustered ? connectionString : null));
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }

    /// <summary>The job, its triggers and the store; shared with the tests that start two clustered schedulers.</summary>
    public static void Configure(IQuartzBuilder quartz, CampaignScheduleOptions options, TimeZoneInfo zone, string? postgres)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(options);
        quartz.ConfigureScheduler(s =>
        {
            s.InstanceName = SchedulerName;
            s.GenerateInstanceId = true;
        });
        quartz.AddJob<CampaignRunJob>(j => j.WithIdentity(CampaignRunJob.Key).StoreDurably());
        IReadOnlyList<string> crons = options.Crons.Count > 0 ? [.. options.Crons] : CampaignScheduleOptions.DefaultCrons;
        for (var i = 0; i < crons.Count; i++)
        {
            var cron = crons[i];
            var name = $"campaign-run-{i}";
            quartz.AddTrigger<CampaignRunJob>(t => t.ForJob(CampaignRunJob.Key).WithIdentity(name, "campaigns").WithCronSchedule(cron, c => c.InTimeZone(zone)));
        }

        if (postgres is not null)
        {
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(postgres);

                // Quartz 4.7 validates its schema at start and, with this, creates the qrtz_ tables that are missing. A
                // hand-written copy of tables_postgres.sql fell behind it (4.2-4.7 added tables and columns), so the
                // scheduler that reads the tables also owns their shape.
                store.ProvisionSchema();
                store.UseClustering(c => c.CheckinInterval = options.CheckinInterval);
            });
        }
        else
        {
            quartz.UseInMemoryStore(_ => { });
        }
    }

    private static bool UsesRecordsStore(CampaignScheduleOptions options, RecordsOptions records) => options.Store?.ToLowerInvariant() switch
    {
        "memory" => false,
        "records" when !records.IsPostgres => throw new InvalidOperationException("Campaigns:Schedule:Store is records, which needs Records:Provider postgres."),
        "records" => true,
        null or "" => records.IsPostgres,
        _ => throw new InvalidOperationException($"Campaigns:Schedule:Store is '{options.Store}'; use memory or records."),
    };
}
