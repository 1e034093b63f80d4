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
        services.AddOptions<OutboxOptions>()
            .Bind(builder.Configuration.GetSection(OutboxOptions.Section))
            .Validate(o => o.MaxAttempts >= 1 && o.BatchSize >= 1 && o.Concurrency >= 1, "Outbox:MaxAttempts, BatchSize and Concurrency must be at least 1.")
            .Validate(o => o.SendTimeout < o.ClaimIdle, "Outbox:SendTimeout must be shorter than Outbox:ClaimIdle, or a slow send is reclaimed and sent twice.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Name) && !o.Name.Contains('}', StringComparison.Ordinal), "Outbox:Name is the Redis hash tag: non-empty, without '}'.")
            .ValidateOnStart();
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
