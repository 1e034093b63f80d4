namespace ContactHub.Hub.Tests.Records;

public sealed class SqliteRecordsTests : RecordsContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"contacthub-records-{Guid.NewGuid():N}.db");

    protected override Task<RecordsHost> StartRecordsAsync() => RecordsHost.StartAsync("sqlite", $"Data Source={_path}");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
