using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ContactHub.CampaignBench;

/// <summary>
/// Loads the synthetic dealer into a migrated SQLite file with prepared single-row inserts reused inside one
/// transaction (SQLite's fastest path; no EF change tracking). Values are written as the hub's model stores them:
/// dates as yyyy-MM-dd text, instants as UTC ticks, enums by name.
/// </summary>
public static class SqliteBulkLoader
{
    public static void Load(string connectionString, SyntheticDealer dealer)
    {
        ArgumentNullException.ThrowIfNull(dealer);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
        using var transaction = connection.BeginTransaction();
        var at = dealer.CreatedAt.UtcTicks;
        using (var customer = Prepare(connection, transaction, "customer", "Id", "Name", "Mobile", "WeChatOpenId", "PreferredChannel", "Language", "CreatedAt"))
        using (var consent = Prepare(connection, transaction, "consent", "CustomerId", "Purpose", "Granted", "Source", "At"))
        using (var identity = Prepare(connection, transaction, "channel_identity", "CustomerId", "Channel", "UserId", "LinkedAt"))
        {
            for (var c = 1; c <= dealer.Customers; c++)
            {
                var weChat = SyntheticDealer.HasWeChat(c);
                Run(customer, c, "车主" + c.ToString(CultureInfo.InvariantCulture), SyntheticDealer.Mobile(c), weChat ? SyntheticDealer.OpenId(c) : null, weChat ? "wechat" : "sms", SyntheticDealer.Language(c), at);
                var (service, marketing) = SyntheticDealer.Consents(c);
                Run(consent, c, "ServiceNotifications", service, "bench", at);
                Run(consent, c, "Marketing", marketing, "bench", at);
                if (weChat)
                {
                    Run(identity, c, "wechat", SyntheticDealer.OpenId(c), at);
                }
            }
        }

        using (var vehicle = Prepare(connection, transaction, "vehicle", "Id", "CustomerId", "Vin", "Plate", "Model", "PurchaseDate", "DeliveryDate", "LastServiceDate", "LastServiceOdometer"))
        using (var visit = Prepare(connection, transaction, "service_visit", "Id", "VehicleId", "Date", "Type", "Odometer"))
        {
            foreach (var (v, visits) in dealer.VehiclesWithVisits())
            {
                Run(vehicle, v.Id, v.CustomerId, v.Vin, v.Plate, v.Model, Day(v.Purchased), Day(v.Delivered), Day(v.LastServiceDate), v.LastServiceOdometer);
                foreach (var s in visits)
                {
                    Run(visit, s.Id, s.VehicleId, Day(s.Date), s.Type, s.Odometer);
                }
            }
        }

        transaction.Commit();
        Execute(connection, "ANALYZE;");
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
