using ContactHub.Channels;
using ContactHub.Hub.State;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactHub.Hub.Tests.WeChat;

/// <summary>
/// Makes a dialog "slow" on demand: each turn waits at <see cref="TurnGate"/> when it loads its state, so a test sees
/// what WeChat gets while a turn is still running, without sleeping or racing the clock.
/// </summary>
public sealed class GatedConversationStore(IConversationStore inner, TurnGate gate) : IConversationStore
{
    /// <summary>Wraps whichever store the hub registered (in-memory or Redis).</summary>
    public static void Install(IServiceCollection services, TurnGate gate)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IConversationStore));
        services.RemoveAll<IConversationStore>();
        services.AddSingleton<IConversationStore>(sp =>
            new GatedConversationStore((IConversationStore)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!), gate));
    }

    public async Task<VersionedState> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        await gate.PassAsync(cancellationToken);
        return await inner.LoadAsync(key, cancellationToken);
    }

    public Task<bool> SaveAsync(ConversationKey key, ConversationState state, long expectedVersion, CancellationToken cancellationToken) =>
        inner.SaveAsync(key, state, expectedVersion, cancellationToken);
}
