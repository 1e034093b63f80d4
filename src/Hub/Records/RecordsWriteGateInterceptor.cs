using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContactHub.Hub.Records;

/// <summary>
/// Holds the <see cref="RecordsWriteGate"/> for the whole of a SaveChanges, which is one SQLite write transaction,
/// from SavingChanges until it saved, failed or was cancelled. (ExecuteUpdate and raw SQL writes are rare and stay
/// with SQLite's busy_timeout.)
/// </summary>
public sealed class RecordsWriteGateInterceptor(RecordsWriteGate gate) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, StrongBox<RecordsWriteGate.Entered>> _saving = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (NeedsGate(eventData))
        {
            _saving.AddOrUpdate(eventData.Context!, new(gate.Enter(holder: null)));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (NeedsGate(eventData))
        {
            _saving.AddOrUpdate(eventData.Context!, new(await gate.EnterAsync(holder: null, cancellationToken)));
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Leave(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Leave(eventData);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Leave(eventData);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Leave(eventData);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData);
        return Task.CompletedTask;
    }

    private bool NeedsGate(DbContextEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return gate.SerializesWrites && eventData.Context is { } context && !gate.IsHeldFor(context);
    }

    private void Leave(DbContextEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && _saving.TryGetValue(context, out var entered))
        {
            _saving.Remove(context);
            entered.Value.Dispose();
        }
    }
}
