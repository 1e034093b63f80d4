namespace ContactHub.Hub.State;

/// <summary>An async mutex per key that frees its semaphore when no one holds or waits for it.</summary>
public sealed class KeyedAsyncLock<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, Slot> _slots = [];

    public async Task<IDisposable?> TryAcquireAsync(TKey key, TimeSpan wait, CancellationToken cancellationToken)
    {
        Slot slot;
        lock (_slots)
        {
            if (!_slots.TryGetValue(key, out slot!))
            {
                slot = new Slot();
                _slots[key] = slot;
            }

            slot.Users++;
        }

        var entered = false;
        try
        {
            entered = await slot.Semaphore.WaitAsync(wait, cancellationToken);
        }
        finally
        {
            if (!entered)
            {
                Leave(key, slot, release: false);
            }
        }

        return entered ? new Releaser(this, key, slot) : null;
    }

    private void Leave(TKey key, Slot slot, bool release)
    {
        lock (_slots)
        {
            if (release)
            {
                slot.Semaphore.Release();
            }

            if (--slot.Users == 0)
            {
                _slots.Remove(key);
                slot.Semaphore.Dispose();
            }
        }
    }

    private sealed class Slot
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Releaser(KeyedAsyncLock<TKey> owner, TKey key, Slot slot) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Leave(key, slot, release: true);
            }
        }
    }
}
