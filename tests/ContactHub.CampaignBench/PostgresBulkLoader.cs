using Npgsql;
using NpgsqlTypes;

namespace ContactHub.CampaignBench;

/// <summary>Loads the synthetic dealer into a migrated PostgreSQL database with binary COPY (no EF change tracking).</summary>
public static class PostgresBulkLoader
{
    public static void Load(string connectionString, SyntheticDealer dealer)
    {
        ArgumentNullException.ThrowIfNull(dealer);
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var at = dealer.CreatedAt.UtcDateTime;
        using (var customer = connection.BeginBinaryImport("COPY customer (\"Id\", \"Name\", \"Mobile\", \"WeChatOpenId\", \"PreferredChannel\", \"Language\", \"CreatedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var c = 1; c <= dealer.Customers; c++)
            {
                var weChat = SyntheticDealer.HasWeChat(c);
                customer.StartRow();
                customer.Write((long)c, NpgsqlDbType.Bigint);
                customer.Write("车主" + c, NpgsqlDbType.Varchar);
                customer.Write(SyntheticDealer.Mobile(c), NpgsqlDbType.Varchar);
                Write(customer, weChat ? SyntheticDealer.OpenId(c) : null, NpgsqlDbType.Varchar);
                customer.Write(weChat ? "wechat" : "sms", NpgsqlDbType.Varchar);
                customer.Write(SyntheticDealer.Language(c), NpgsqlDbType.Varchar);
                customer.Write(at, NpgsqlDbType.TimestampTz);
            }

            customer.Complete();
        }

        using (var consent = connection.BeginBinaryImport("COPY consent (\"CustomerId\", \"Purpose\", \"Granted\", \"Source\", \"At\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var c = 1; c <= dealer.Customers; c++)
            {
                var (service, marketing) = SyntheticDealer.Consents(c);
                foreach (var (purpose, granted) in new[] { ("ServiceNotifications", service), ("Marketing", marketing) })
                {
                    consent.StartRow();
                    consent.Write((long)c, NpgsqlDbType.Bigint);
                    consent.Write(purpose, NpgsqlDbType.Varchar);
                    consent.Write(granted, NpgsqlDbType.Boolean);
                    consent.Write("bench", NpgsqlDbType.Varchar);
                    consent.Write(at, NpgsqlDbType.TimestampTz);
                }
            }

            consent.Complete();
        }

        using (var identity = connection.BeginBinaryImport("COPY channel_identity (\"CustomerId\", \"Channel\", \"UserId\", \"LinkedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var c = 1; c <= dealer.Customers; c++)
            {
                if (SyntheticDealer.HasWeChat(c))
                {
                    identity.StartRow();
                    identity.Write((long)c, NpgsqlDbType.Bigint);
                    identity.Write("wechat", NpgsqlDbType.Varchar);
                    identity.Write(SyntheticDealer.OpenId(c), NpgsqlDbType.Varchar);
                    identity.Write(at, NpgsqlDbType.TimestampTz);
                }
            }

            identity.Complete();
        }

        LoadVehicles(connection, dealer);
        using var analyze = new NpgsqlCommand("ANALYZE", connection);
        analyze.ExecuteNonQuery();
    }

    private static void LoadVehicles(NpgsqlConnection connection, SyntheticDealer dealer)
    {
        // Two passes over the (deterministic) generator: the visits' foreign key needs the vehicles committed first.
        using (var vehicle = connection.BeginBinaryImport("COPY vehicle (\"Id\", \"CustomerId\", \"Vin\", \"Plate\", \"Model\", \"PurchaseDate\", \"DeliveryDate\", \"LastServiceDate\", \"LastServiceOdometer\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (v, _) in dealer.VehiclesWithVisits())
            {
                vehicle.StartRow();
                vehicle.Write((long)v.Id, NpgsqlDbType.Bigint);
                vehicle.Write((long)v.CustomerId, NpgsqlDbType.Bigint);
                vehicle.Write(v.Vin, NpgsqlDbType.Varchar);
                vehicle.Write(v.Plate, NpgsqlDbType.Varchar);
                vehicle.Write(v.Model, NpgsqlDbType.Varchar);
                vehicle.Write(v.Purchased, NpgsqlDbType.Date);
                vehicle.Write(v.Delivered, NpgsqlDbType.Date);
                Write(vehicle, v.LastServiceDate, NpgsqlDbType.Date);
                Write(vehicle, v.LastServiceOdometer, NpgsqlDbType.Integer);
            }

            vehicle.Complete();
        }

        using var visit = connection.BeginBinaryImport("COPY service_visit (\"Id\", \"VehicleId\", \"Date\", \"Type\", \"Odometer\") FROM STDIN (FORMAT BINARY)");
        foreach (var s in dealer.VehiclesWithVisits().SelectMany(v => v.Visits))
        {
            visit.StartRow();
            visit.Write(s.Id, NpgsqlDbType.Bigint);
            visit.Write((long)s.VehicleId, NpgsqlDbType.Bigint);
            visit.Write(s.Date, NpgsqlDbType.Date);
            visit.Write(s.Type, NpgsqlDbType.Varchar);
            Write(visit, s.Odometer, NpgsqlDbType.Integer);
        }

        visit.Complete();
    }

    private static void Write<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, type);
        }
    }
}
