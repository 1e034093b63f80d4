using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ContactHub.Hub.Records;

/// <summary>
/// Inserts transcript rows with one prepared INSERT, run once per row inside one transaction (issue 8: EF's tracked
/// SaveChanges of the same rows was a quarter of all the hub allocated under load). Table, columns and value
/// conversions are read from the context's EF model once, so the mapping stays in one place for both providers. On
/// SQLite the statement stays prepared on each connection (<see cref="SqliteTranscriptStatement"/>); other providers
/// get a new command per batch.
/// </summary>
public sealed class TranscriptInsert
{
    private readonly string _sql;
    private readonly TranscriptColumn[] _columns;
    private readonly bool _bindsOnSqlite;

    private TranscriptInsert(string sql, TranscriptColumn[] columns)
    {
        _sql = sql;
        _columns = columns;
        _bindsOnSqlite = columns.All(c => SqliteTranscriptStatement.CanBind(c.ProviderType));
    }

    public static TranscriptInsert For(RecordsDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(TranscriptEntry)) ?? throw new InvalidOperationException("TranscriptEntry is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToArray();
        var names = properties.Select((_, i) => "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        // Parameters named with the provider's prefix ("@p0"), as in the SQL: Microsoft.Data.Sqlite then finds each one
        // directly instead of building "@p0", ":p0" and "$p0" to look for on every bind of every row (issue 8).
        var columns = properties.Select((p, i) => new TranscriptColumn(p.GetColumnName(table)!, sql.GenerateParameterName(names[i]), p)).ToArray();
        var text = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} "
            + $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) "
            + $"VALUES ({string.Join(", ", names.Select(sql.GenerateParameterNamePlaceholder))})";
        return new TranscriptInsert(text, columns);
    }

    /// <summary>Stores the rows in order, all or none, on the context's connection.</summary>
    public async Task RunAsync(RecordsDbContext db, IEnumerable<TranscriptEntry> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            if (_bindsOnSqlite && connection is SqliteConnection sqlite)
            {
                InsertPrepared(sqlite, rows);
                return;
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = _sql;
            var parameters = new DbParameter[_columns.Length];
            for (var i = 0; i < _columns.Length; i++)
            {
                parameters[i] = command.CreateParameter();
                parameters[i].ParameterName = _columns[i].Parameter;
                command.Parameters.Add(parameters[i]);
            }

            foreach (var row in rows)
            {
                for (var i = 0; i < _columns.Length; i++)
                {
                    parameters[i].Value = _columns[i].ProviderValue(row) ?? DBNull.Value;
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private void InsertPrepared(SqliteConnection connection, IEnumerable<TranscriptEntry> rows)
    {
        var statement = SqliteTranscriptStatement.For(connection, _sql, _columns);
        using var transaction = connection.BeginTransaction();
        foreach (var row in rows)
        {
            statement.Insert(row);
        }

        transaction.Commit();
    }
}
