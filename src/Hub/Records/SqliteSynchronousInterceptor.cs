using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace ContactHub.Hub.Records;

/// <summary>
/// PRAGMA synchronous=NORMAL and a busy_timeout on every SQLite connection the records context opens. With the WAL journal
/// (<see cref="RecordsRegistration.MigrateRecordsAsync"/>) that is SQLite's advice: commits survive a crash of the hub
/// and skip an fsync each, so a booking and the transcript writer do not queue behind each other's disk flushes
/// (issue 8: under load, writers on the rollback journal slept in SQLITE_BUSY retries on thread-pool threads).
/// The setting lives as long as the native connection, which Microsoft.Data.Sqlite pools, so it is sent once per
/// native connection rather than before every query.
/// </summary>
public sealed class SqliteSynchronousInterceptor : DbConnectionInterceptor
{
    // busy_timeout: a writer that finds the database locked waits inside SQLite (sleeps of 1–100 ms) instead of
    // Microsoft.Data.Sqlite's retry loop, which sleeps 150 ms per attempt on a thread-pool thread (issue 8: the
    // booking inserts that met the transcript writer's batch took 150–300 ms).
    private const string Pragma = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";

    private static readonly ConditionalWeakTable<sqlite3, object> Tuned = [];
    private static readonly object Done = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (IsTuned(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
        MarkTuned(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (IsTuned(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkTuned(connection);
    }

    private static bool IsTuned(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && Tuned.TryGetValue(handle, out _);

    private static void MarkTuned(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Tuned.AddOrUpdate(handle, Done);
        }
    }
}
