using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace ContactHub.Hub.Records;

#pragma warning disable EF1001 // EF's SQLite connection is an internal type; deriving from it keeps the functions it registers (regexp, ef_compare, ef_avg …) on the connection we keep open.

/// <summary>
/// A records context's SQLite connection, opened by its first query and kept open while the pooled context is reused,
/// instead of opened and closed around every query (issue 8). Each open registered EF's SQL functions (regexp, ef_add,
/// ef_compare …) with sqlite3_create_function and each close unregistered them before the native handle went back to
/// Microsoft.Data.Sqlite's pool: an eighth of all the hub allocated under load. The connection is closed when it breaks or is disposed
/// (<see cref="SqliteRecordsContextFactory"/> disposes them when the hub stops).
/// </summary>
public sealed class KeptOpenSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    /// <summary>Makes the contexts built with <paramref name="options"/> use this connection.</summary>
    public static DbContextOptionsBuilder UseIn(DbContextOptionsBuilder options) =>
        options.ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteConnection>();

    protected override void CloseDbConnection()
    {
        if (DbConnection.State == ConnectionState.Broken)
        {
            base.CloseDbConnection();
        }
    }

    protected override Task CloseDbConnectionAsync() =>
        DbConnection.State == ConnectionState.Broken ? base.CloseDbConnectionAsync() : Task.CompletedTask;
}
#pragma warning restore EF1001
