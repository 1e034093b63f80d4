namespace ContactHub.Hub.Records;

public static class RecordsOptions
{
    public const string ConnectionStringName = "Records";

    /// <summary>The embedded default: a SQLite file under ./data, created on first start.</summary>
    public const string DefaultSqlite = "Data Source=data/contacthub.db";
}
