using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Recognition;
using ContactHub.Hub.Campaigns.Planning;
using ContactHub.Hub.Campaigns.Targeting;
using ContactHub.Hub.Hosting;
using ContactHub.Hub.Outbound;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactHub.Hub.Campaigns;

public static class CampaignRegistration
{
    /// <summary>
    /// The campaign engine: one targeting per rule, planning, and <see cref="ICampaignRunner"/>. Needs the records
    /// (<c>AddContactHubRecords</c>) and the outbox (<c>AddContactHubOutbox</c>).
    /// </summary>
    public static IHostApplicationBuilder AddContactHubCampaigns(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CampaignOptions>()
            .Bind(builder.Configuration.GetSection(CampaignOptions.Section))
            .Validate(o => o.BatchSize >= 1 && o.WeeklyCap >= 0, "Campaigns:BatchSize must be at least 1 and WeeklyCap not negative.")
            .Validate(o => o.DefaultKilometresPerDay >= 0 && o.MaintenanceLeadDays >= 0 && o.SurveyDelayDays >= 0, "Campaigns: days and distances are not negative.")
            .ValidateOnStart();
        var dealer = builder.Configuration.GetSection("Dealer").Get<DealerProfile>() ?? new DealerProfile();
        services.TryAddSingleton(dealer);
        services.TryAddSingleton(TimeProvider.System);
        if (builder.Configuration.HasRedis())
        {
            services.TryAddSingleton<IChannelIdentityStatusStore, RedisChannelIdentityStatusStore>();
        }
        else
        {
            services.TryAddSingleton<IChannelIdentityStatusStore, InMemoryChannelIdentityStatusStore>();
        }

        var zone = new CampaignZone(DealerTimeZone.Find(builder.Configuration["Dealer:TimeZone"] ?? DealerTimeZone.DefaultId));
        services.AddSingleton(zone);
        services.AddSingleton(sp => new CampaignMessages(sp.GetRequiredService<DealerProfile>(), zone.Zone));
        services.AddSingleton<CampaignRecipients>();
        services.AddSingleton<ICampaignTargeting, FirstMaintenanceTargeting>();
        services.AddSingleton<ICampaignTargeting, PeriodicMaintenanceTargeting>();
        services.AddSingleton<ICampaignTargeting, VisitSurveyTargeting>();
        services.AddSingleton<ICampaignTargeting, DeliverySurveyTargeting>();
        services.AddSingleton<ICampaignTargeting, AppointmentReminderTargeting>();
        services.AddSingleton<ICampaignTargeting, EventInvitationTargeting>();
        services.AddSingleton<ICampaignRunner, CampaignRunner>();
        return builder;
    }
}
