using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ContactHub.Hub.Hosting;

/// <summary>Tells whoever started the hub where to point a browser and whether this instance can be scaled out.</summary>
public static class StartupBanner
{
    public static WebApplication LogStartupBanner(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ContactHub");
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                logger.LogInformation("ContactHub web chat: {Url}/  (health: {Url}/health/ready)", address, address);
            }

            if (app.Configuration.HasRedis())
            {
                logger.LogInformation("Conversation state, dedupe and locks are in Redis; several hub instances may share it");
            }
            else
            {
                logger.LogWarning("No ConnectionStrings:Redis configured: state is kept in this process, so this hub is single-instance and forgets conversations on restart");
            }
        });
        return app;
    }
}
