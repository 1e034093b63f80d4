using System.Data.Common;
using System.Globalization;
using System.Text;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ContactHub.Hub.Campaigns;

/// <summary>
/// Inserts a batch of deliveries in one multi-row <c>INSERT … ON CONFLICT ("IdempotencyKey") DO NOTHING RETURNING</c>
/// (SQLite 3.35+ and PostgreSQL both speak it): a key another run or instance recorded first is simply not returned,
/// instead of failing the batch, and the returned keys are exactly the ones this run owns and must enqueue. Column
/// names and value conversions (enums as text, SQLite's UTC ticks) come from the EF model, so both providers agree.
/// </summary>
public static class CampaignDeliveryWriter
{
    private static readonly string[] Columns =
    [
        nameof(CampaignDelivery.CampaignId), nameof(CampaignDelivery.IdempotencyKey), nameof(CampaignDelivery.CustomerId),
        nameof(CampaignDelivery.VehicleId), nameof(CampaignDelivery.Channel), nameof(CampaignDelivery.UserId),
        nameof(CampaignDelivery.Purpose), nameof(CampaignDelivery.Status), nameof(CampaignDelivery.Reason),
        nameof(CampaignDelivery.TargetedAt), nameof(CampaignDelivery.NotBefore),
    ];

    /// <summary>Rows per statement: 11 parameters a row stays well under SQLite's 32,766 and PostgreSQL's 65,535.</summary>
    public const int RowsPerStatement = 500;

    public static async Task<HashSet<string>> InsertAsync(RecordsDbContext db, IReadOnlyList<CampaignDelivery> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        if (rows.Count == 0)
        {
            return inserted;
        }

        var entity = db.Model.FindEntityType(typeof(CampaignDelivery))!;
        var properties = Columns.Select(c => entity.FindProperty(c)!).ToArray();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var chunk in rows.Chunk(RowsPerStatement))
            {
                await using var command = Command(connection, table, properties, chunk);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    inserted.Add(reader.GetString(0));
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return inserted;
    }

    private static DbCommand Command(DbConnection connection, StoreObjectIdentifier table, IProperty[] properties, CampaignDelivery[] rows)
    {
        var command = connection.CreateCommand();
        var columns = string.Join(", ", properties.Select(p => Quote(p.GetColumnName(table)!)));
        var sql = new StringBuilder(64 + (rows.Length * properties.Length * 8))
            .Append(CultureInfo.InvariantCulture, $"INSERT INTO {Quote(table.Name)} ({columns}) VALUES ");
        for (var r = 0; r < rows.Length; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var p = 0; p < properties.Length; p++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@p{(r * properties.Length) + p}");
                sql.Append(p == 0 ? name : ", " + name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = ProviderValue(properties[p], rows[r]);
                command.Parameters.Add(parameter);
            }

            sql.Append(')');
        }

        var key = Quote(properties[1].GetColumnName(table)!);
        command.CommandText = sql.Append(CultureInfo.InvariantCulture, $" ON CONFLICT ({key}) DO NOTHING RETURNING {key}").ToString();
        return command;
    }

    private static object ProviderValue(IProperty property, CampaignDelivery row)
    {
        var value = property.GetGetter().GetClrValueUsingContainingEntity(row);
        if (value is null)
        {
            return DBNull.Value;
        }

        return property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) ?? DBNull.Value : value;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
