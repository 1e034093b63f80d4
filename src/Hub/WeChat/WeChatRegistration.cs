using ContactHub.Channels;
using ContactHub.Channels.WeChat;
using ContactHub.Hub.Hosting;
using ContactHub.Hub.Inbound;
using ContactHub.Hub.Outbound;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.WeChat;

public static class WeChatRegistration
{
    /// <summary>The WeChat Official Account channel (issue 4): configuration, the adapter, and its shared stores.</summary>
    public static IHostApplicationBuilder AddWeChat(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WeChatOptions>().Bind(builder.Configuration.GetSection(WeChatOptions.SectionName));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<WeChatOptions>>().Value);

        // The access token travels in the query string (reference §1.7), and the stable_token body carries the
        // AppSecret: this client logs no request at all.
        services.AddHttpClient(WeChatAccessToken.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10)).RemoveAllLoggers();

        if (builder.Configuration.HasRedis())
        {
            services.AddSingleton<IWeChatTokenStore, RedisWeChatTokenStore>();
            services.AddSingleton<IWeChatServiceWindowStore, RedisWeChatServiceWindowStore>();
            services.TryAddSingleton<IChannelIdentityStatusStore, RedisChannelIdentityStatusStore>();
            services.AddSingleton<IWeChatTemplateDeliveryStore, RedisWeChatTemplateDeliveryStore>();
        }
        else
        {
            services.AddSingleton<IWeChatTokenStore, InMemoryWeChatTokenStore>();
            services.AddSingleton<IWeChatServiceWindowStore, InMemoryWeChatServiceWindowStore>();
            services.TryAddSingleton<IChannelIdentityStatusStore, InMemoryChannelIdentityStatusStore>();
            services.AddSingleton<IWeChatTemplateDeliveryStore, InMemoryWeChatTemplateDeliveryStore>();
        }

        services.AddSingleton<WeChatAccessToken>();
        services.AddSingleton<WeChatReplySlots>();
        services.AddSingleton<WeChatInboundRouter>();
        services.TryAddSingleton<FailedTurnRecovery>();
        services.TryAddSingleton<DetachedTurn>();
        services.AddSingleton<WeChatPushHandler>();
        services.AddSingleton<WeChatAdapter>();
        services.AddSingleton<WeChatMenuPublisher>();
        services.AddSingleton<IChannelAdapter>(sp => sp.GetRequiredService<WeChatAdapter>());
        return builder;
    }
}
