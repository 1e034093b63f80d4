using ContactHub.Hub.Outbox;

namespace ContactHub.Hub.Campaigns.Delivery;

public static class CampaignDeliveryRegistration
{
    /// <summary>The send side of campaigns: the outbox hands stamped messages to <see cref="CampaignSendHandler"/>.</summary>
    public static IHostApplicationBuilder AddContactHubCampaignDelivery(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CampaignDeliveryOptions>().Bind(builder.Configuration.GetSection(CampaignDeliveryOptions.Section));
        services.AddSingleton<CampaignConversationSeeder>();
        services.AddSingleton<CampaignSendRecipients>();
        services.AddSingleton<CampaignDeliveryRecorder>();
        services.AddSingleton<CampaignFunnelCounter>();
        services.AddSingleton<CampaignSendHandler>();
        services.AddSingleton<IOutboxSendHandler>(sp => sp.GetRequiredService<CampaignSendHandler>());
        return builder;
    }
}
