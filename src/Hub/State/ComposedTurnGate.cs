using ContactHub.Channels;

namespace ContactHub.Hub.State;

/// <summary>
/// The turn gate made of the separate dedupe store, turn lock and conversation store, one call each: what a hub
/// without Redis uses, where a call costs no round trip.
/// </summary>
public sealed class ComposedTurnGate(IDedupeStore dedupe, ITurnLock turnLock, IConversationStore store) : ITurnGate
{
    public async Task<ITurnPass?> BeginAsync(ConversationKey key, string? deliveryId, CancellationToken cancellationToken)
    {
        var marked = !string.IsNullOrEmpty(deliveryId);
        if (marked && !await dedupe.TryMarkAsync(key.Channel, deliveryId!, cancellationToken))
        {
            return null;
        }

        IAsyncDisposable? held = null;
        try
        {
            held = await turnLock.AcquireAsync(key, cancellationToken);
            var loaded = await store.LoadAsync(key, cancellationToken);
            return new Pass(dedupe, store, key, marked ? deliveryId : null, held, loaded);
        }
        catch
        {
            if (held is not null)
            {
                await held.DisposeAsync();
            }

            if (marked)
            {
                await dedupe.ForgetAsync(key.Channel, deliveryId!, CancellationToken.None);
            }

            throw;
        }
    }

    private sealed class Pass(IDedupeStore dedupe, IConversationStore store, ConversationKey key, string? deliveryId, IAsyncDisposable held, VersionedState loaded) : ITurnPass
    {
        public VersionedState Loaded { get; } = loaded;

        public async Task<TurnSave> SaveAsync(ConversationState state, long expectedVersion, CancellationToken cancellationToken) =>
            await store.SaveAsync(key, state, expectedVersion, cancellationToken)
                ? TurnSave.Done
                : TurnSave.Conflict(await store.LoadAsync(key, cancellationToken));

        public Task FailAsync(CancellationToken cancellationToken) =>
            deliveryId is null ? Task.CompletedTask : dedupe.ForgetAsync(key.Channel, deliveryId, cancellationToken);

        public ValueTask DisposeAsync() => held.DisposeAsync();
    }
}
