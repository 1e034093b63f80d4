using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records;

/// <summary>
/// SQLite has one writer per database file. Without this gate, a booking that meets the transcript writer's batch
/// waits in SQLite's busy handler, which polls with growing sleeps (1, 2, 5 … 100 ms) and is unfair: under load a
/// twentieth of the turns waited ~200 ms (issue 8). Writers of this process now queue here in arrival order and
/// each holds SQLite's write lock only while it has the gate. PostgreSQL locks rows, so there the gate is open.
/// A context's SaveChanges enters the gate by itself (<see cref="RecordsWriteGateInterceptor"/>) unless its caller
/// already holds the gate for it, to read and then write under one hold.
/// </summary>
public sealed class RecordsWriteGate(bool serializeWrites)
{
    private static readonly object Held = new();

    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly ConditionalWeakTable<DbContext, object> _holders = [];
    private int _waiting;

    public bool SerializesWrites => serializeWrites;

    /// <summary>Writers queued behind the one that holds the gate.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Enters the gate; while held, <paramref name="holder"/>'s saves do not enter it again.</summary>
    public async ValueTask<Entered> EnterAsync(DbContext? holder, CancellationToken cancellationToken)
    {
        if (!serializeWrites)
        {
            return default;
        }

        Interlocked.Increment(ref _waiting);
        try
        {
            await _writer.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        return Hold(holder);
    }

    public Entered Enter(DbContext? holder)
    {
        if (!serializeWrites)
        {
            return default;
        }

        Interlocked.Increment(ref _waiting);
        try
        {
            _writer.Wait();
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        return Hold(holder);
    }

    public bool IsHeldFor(DbContext context) => _holders.TryGetValue(context, out _);

    private Entered Hold(DbContext? holder)
    {
        if (holder is not null)
        {
            _holders.AddOrUpdate(holder, Held);
        }

        return new Entered(this, holder);
    }

    private void Leave(DbContext? holder)
    {
        if (holder is not null)
        {
            _holders.Remove(holder);
        }

        _writer.Release();
    }

    /// <summary>Leaves the gate when disposed (a no-op for an open gate).</summary>
    public readonly struct Entered(RecordsWriteGate? gate, DbContext? holder) : IDisposable
    {
        public void Dispose() => gate?.Leave(holder);
    }
}
