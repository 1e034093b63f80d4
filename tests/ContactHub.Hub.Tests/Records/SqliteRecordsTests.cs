using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Records;

public sealed class SqliteRecordsTests : RecordsContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"contacthub-records-{Guid.NewGuid():N}.db");

    protected override Task<RecordsHost> StartRecordsAsync() => RecordsHost.StartAsync("sqlite", $"Data Source={_path}");

    [Fact]
    public async Task EveryConnectionTheRecordsOpenHasSynchronousNormalAndABusyTimeout()
    {
        for (var i = 0; i < 3; i++) // the later rounds get the first round's pooled native connection
        {
            await using var db = await Records.DbAsync();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA synchronous;";
            Assert.Equal(1L, await command.ExecuteScalarAsync()); // NORMAL; SQLite's default is FULL (2)
            command.CommandText = "PRAGMA busy_timeout;";
            Assert.Equal(5000L, await command.ExecuteScalarAsync()); // SQLite's default is 0
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
