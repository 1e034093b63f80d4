using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace ContactHub.Hub.Hosting;

/// <summary>Logging, problem details and health checks: what every hub instance has whatever it serves.</summary>
public static class HubHostDefaults
{
    public const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddContactHubDefaults(this IHostApplicationBuilder builder)
    {
        // Readable lines for a developer; one JSON object per line wherever logs are collected.
        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.IncludeScopes = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }
        else
        {
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        builder.Services.AddProblemDetails();
        var health = builder.Services.AddHealthChecks();
        if (builder.Configuration.HasRedis())
        {
            health.AddCheck<RedisHealthCheck>("redis", HealthStatus.Unhealthy, [ReadyTag]);
        }

        return builder;
    }

    public static WebApplication UseContactHubDefaults(this WebApplication app)
    {
        // Connect to Redis before the first request: the multiplexer's lazy synchronous connect, made inside the DI
        // singleton lock by whichever request comes first, starves the thread pool when a burst arrives at start-up.
        _ = app.Services.GetService<IConnectionMultiplexer>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
