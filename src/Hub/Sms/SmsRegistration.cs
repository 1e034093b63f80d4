using ContactHub.Channels;
using ContactHub.Channels.Sms;
using ContactHub.Hub.Hosting;
using ContactHub.Hub.Identity;
using ContactHub.Hub.Inbound;
using ContactHub.Hub.Outbound;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Sms;

public static class SmsRegistration
{
    /// <summary>The HttpClient the Twilio SDK sends through; it logs no request (basic auth carries the auth token).</summary>
    public const string HttpClientName = "twilio";

    /// <summary>
    /// The SMS channel on Twilio (issue 5): configuration section <c>Twilio</c>, the webhook handler and its stores,
    /// and, when credentials and a sender are configured, the adapter and the verification-code sender.
    /// </summary>
    public static IHostApplicationBuilder AddSms(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(SmsOptions.SectionName);
        services.AddOptions<SmsOptions>().Bind(section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SmsOptions>>().Value);

        if (builder.Configuration.HasRedis())
        {
            services.TryAddSingleton<IChannelIdentityStatusStore, RedisChannelIdentityStatusStore>();
            services.AddSingleton<ISmsMenuStore, RedisSmsMenuStore>();
            services.AddSingleton<ISmsMessageStatusStore, RedisSmsMessageStatusStore>();
        }
        else
        {
            services.TryAddSingleton<IChannelIdentityStatusStore, InMemoryChannelIdentityStatusStore>();
            services.AddSingleton<ISmsMenuStore, InMemorySmsMenuStore>();
            services.AddSingleton<ISmsMessageStatusStore, InMemorySmsMessageStatusStore>();
        }

        services.AddSingleton<SmsReplySlots>();
        services.AddSingleton<SmsConsent>();
        services.AddSingleton<SmsKeywordResponder>();
        services.AddSingleton<SmsWebhookVerifier>();
        services.TryAddSingleton<FailedTurnRecovery>();
        services.TryAddSingleton<DetachedTurn>();
        services.AddSingleton<SmsWebhookHandler>();

        var options = section.Get<SmsOptions>() ?? new SmsOptions();
        if (!options.IsConfigured)
        {
            return builder;
        }

        // No automatic redirects, as in the SDK's own default client: Twilio's REST API does not redirect, and a 3xx
        // then reaches the SDK as it is instead of being followed (a POST turned into a GET) by a RedirectHandler.
        var http = services.AddHttpClient(HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15))
            .UseSocketsHttpHandler((handler, _) => handler.AllowAutoRedirect = false)
            .RemoveAllLoggers();
        if (options.ApiBaseUrl is { } apiBaseUrl)
        {
            http.AddHttpMessageHandler(() => new SmsApiBaseUrlHandler(apiBaseUrl));
        }

        services.AddSingleton(sp => new SmsAdapter(
            sp.GetRequiredService<SmsOptions>(), sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
        services.AddSingleton<SmsHubAdapter>();
        services.AddSingleton<IChannelAdapter>(sp => sp.GetRequiredService<SmsHubAdapter>());
        services.AddSingleton<IVerificationCodeSender, SmsVerificationCodeSender>();
        return builder;
    }
}
