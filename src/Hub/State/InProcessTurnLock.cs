using ContactHub.Channels;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.State;

/// <summary>The turn lock of a single hub instance (no Redis configured).</summary>
public sealed class InProcessTurnLock(IOptions<StateOptions> options) : ITurnLock
{
    private readonly KeyedAsyncLock<ConversationKey> _locks = new();

    public async Task<IAsyncDisposable> AcquireAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var held = await _locks.TryAcquireAsync(key, options.Value.TurnLockWait, cancellationToken)
            ?? throw new TimeoutException($"The previous turn of {key} did not finish in time.");
        return new Held(held);
    }

    private sealed class Held(IDisposable inner) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            inner.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
