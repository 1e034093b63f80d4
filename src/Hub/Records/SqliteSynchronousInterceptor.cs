using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContactHub.Hub.Records;

/// <summary>
/// PRAGMA synchronous=NORMAL on every SQLite connection the records context opens. With the WAL journal
/// (<see cref="RecordsRegistration.MigrateRecordsAsync"/>) that is SQLite's advice: commits survive a crash of the hub
/// and skip an fsync each, so a booking and the transcript writer do not queue behind each other's disk flushes
/// (issue 8: under load, writers on the rollback journal slept in SQLITE_BUSY retries on thread-pool threads).
/// </summary>
public sealed class SqliteSynchronousInterceptor : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
