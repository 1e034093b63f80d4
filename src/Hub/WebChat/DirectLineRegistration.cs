using ContactHub.Channels;
using ContactHub.Channels.WebChat;
using ContactHub.Hub.Hosting;
using ContactHub.Hub.Inbound;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactHub.Hub.WebChat;

public static class DirectLineRegistration
{
    public const string CorsPolicy = "DirectLine";

    public static IHostApplicationBuilder AddDirectLine(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().Bind(builder.Configuration.GetSection(DirectLineOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        if (builder.Configuration.HasRedis())
        {
            services.AddSingleton<IDirectLineStore, RedisDirectLineStore>();
        }
        else
        {
            services.AddSingleton<IDirectLineStore, InMemoryDirectLineStore>();
        }

        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineStreamSession>();
        services.TryAddSingleton<FailedTurnRecovery>();
        services.AddKeyedSingleton<IChannelAdapter, DirectLineChannelAdapter>(ChannelIds.WebChat);
        services.AddSingleton<IChannelAdapter>(sp => sp.GetRequiredKeyedService<IChannelAdapter>(ChannelIds.WebChat));

        // directlinejs sends Authorization and x-ms-bot-agent on every call, so browsers preflight (§3.3). The
        // rxjs ajax inside the webchat.js bundle (4.18) also adds X-Requested-With: without it in the list, the
        // browser blocks POST conversations (found by tests/e2e/webchat.test.js). Credentials are bearer tokens,
        // never cookies, so any origin may call.
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent", "X-Requested-With")
            .WithMethods("GET", "POST", "OPTIONS")));
        return builder;
    }
}
