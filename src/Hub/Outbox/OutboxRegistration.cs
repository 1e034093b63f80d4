using ContactHub.Hub.Hosting;

namespace ContactHub.Hub.Outbox;

public static class OutboxRegistration
{
    /// <summary>
    /// The outbox and its worker: on Redis Streams when Redis is configured (any number of instances share it),
    /// otherwise in process. Needs the outbound dispatcher (<c>AddContactHubTurns</c>) and a <see cref="TimeProvider"/>.
    /// </summary>
    public static IHostApplicationBuilder AddContactHubOutbox(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OutboxOptions>().Bind(builder.Configuration.GetSection(OutboxOptions.Section));
        if (builder.Configuration.HasRedis())
        {
            services.AddSingleton<IOutboxStore, RedisOutboxStore>();
            services.AddSingleton<IOutboxRateLimiter, RedisOutboxRateLimiter>();
        }
        else
        {
            services.AddSingleton<IOutboxStore, InMemoryOutboxStore>();
            services.AddSingleton<IOutboxRateLimiter, InMemoryOutboxRateLimiter>();
        }

        services.AddSingleton<IOutbox>(sp => sp.GetRequiredService<IOutboxStore>());
        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());
        return builder;
    }
}
