using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ContactHub.Hub.Records;

/// <summary>
/// Inserts transcript rows with one prepared INSERT, run once per row inside one transaction (issue 8: EF's tracked
/// SaveChanges of the same rows was a quarter of all the hub allocated under load). Table, columns and value
/// conversions are read from the context's EF model once, so the mapping stays in one place for both providers.
/// </summary>
public sealed class TranscriptInsert
{
    private readonly string _sql;
    private readonly Column[] _columns;

    private TranscriptInsert(string sql, Column[] columns)
    {
        _sql = sql;
        _columns = columns;
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
        var columns = properties.Select((p, i) => new Column(p.GetColumnName(table)!, sql.GenerateParameterName(names[i]), p)).ToArray();
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
                    parameters[i].Value = _columns[i].ProviderValue(row);
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

    private sealed class Column(string name, string parameter, IProperty property)
    {
        private readonly IClrPropertyGetter _getter = property.GetGetter();
        private readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? _converter =
            property.GetValueConverter() ?? property.GetTypeMapping().Converter;

        public string Name { get; } = name;

        public string Parameter { get; } = parameter;

        public object ProviderValue(TranscriptEntry row)
        {
            var value = _getter.GetClrValue(row);
            if (value is not null && _converter is not null)
            {
                value = _converter.ConvertToProvider(value);
            }

            return value ?? DBNull.Value;
        }
    }
}
