using ContactHub.Channels;
using ContactHub.Hub.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactHub.Hub.State;

public static class StateRegistration
{
    public static IHostApplicationBuilder AddContactHubState(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StateOptions>().Bind(builder.Configuration.GetSection(StateOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        if (builder.Configuration.HasRedis())
        {
            services.AddSingleton<IConversationStore, RedisConversationStore>();
            services.AddSingleton<IDedupeStore, RedisDedupeStore>();
            // One in-process lock per conversation for the turn gate and the turn lock (the desk's): on one instance
            // they wait for each other locally, and only other instances are waited for through Redis.
            services.AddSingleton<KeyedAsyncLock<ConversationKey>>();
            services.AddSingleton<ITurnLock, RedisTurnLock>();
            services.AddSingleton<ITurnGate, RedisTurnGate>();
        }
        else
        {
            services.AddSingleton<IConversationStore, InMemoryConversationStore>();
            services.AddSingleton<IDedupeStore, InMemoryDedupeStore>();
            services.AddSingleton<ITurnLock, InProcessTurnLock>();
            services.AddSingleton<ITurnGate, ComposedTurnGate>();
        }

        return builder;
    }
}
