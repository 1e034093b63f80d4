namespace ContactHub.Hub.Records;

/// <summary>
/// Configuration section <c>Records</c>. <c>Provider</c> is <c>sqlite</c> (default) or <c>postgres</c>; the connection
/// string is <c>ConnectionStrings:Records</c> for either (a SQLite path relative to the content root, or an Npgsql string).
/// </summary>
public sealed class RecordsOptions
{
    public const string Section = "Records";

    public const string ConnectionStringName = "Records";

    public const string Postgres = "postgres";

    /// <summary>The embedded default: a SQLite file under ./data, created on first start.</summary>
    public const string DefaultSqlite = "Data Source=data/contacthub.db";

    public string Provider { get; set; } = "sqlite";

    /// <summary>Seed the demo dealer on first start; defaults to true in Development only.</summary>
    public bool? SeedDemoData { get; set; }

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);
}
