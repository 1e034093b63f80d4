using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records;

/// <summary>
/// Hands out the pooled SQLite contexts, whose connections stay open between leases (<see cref="KeptOpenSqliteConnection"/>),
/// and closes those connections when the hub stops: EF's context pool drops its contexts on disposal without
/// disposing their connections.
/// </summary>
public sealed class SqliteRecordsContextFactory(IDbContextFactory<SqliteRecordsDbContext> inner) : IDbContextFactory<RecordsDbContext>, IDisposable
{
    private readonly ConditionalWeakTable<DbContext, DbConnection> _connections = [];

    public RecordsDbContext CreateDbContext() => Track(inner.CreateDbContext());

    public async Task<RecordsDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        Track(await inner.CreateDbContextAsync(cancellationToken));

    public void Dispose()
    {
        foreach (var (_, connection) in _connections)
        {
            connection.Dispose();
        }

        _connections.Clear();
    }

    private RecordsDbContext Track(RecordsDbContext db)
    {
        _connections.TryAdd(db, db.Database.GetDbConnection());
        return db;
    }
}
