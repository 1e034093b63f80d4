using StackExchange.Redis;

namespace ContactHub.Hub.Hosting;

/// <summary>
/// Redis is optional: with <c>ConnectionStrings:Redis</c> every hub instance shares state, dedupe, locks and
/// Direct Line history through it; without, the hub keeps all of that in process and says it is single-instance.
/// </summary>
public static class RedisRegistration
{
    public static bool HasRedis(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString("Redis"));

    public static IHostApplicationBuilder AddContactHubRedis(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return builder;
        }

        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        return builder;
    }
}
