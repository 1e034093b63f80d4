using System.Data;
using ContactHub.Hub.Records;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace ContactHub.Hub.Tests.Records;

public sealed class SqliteTranscriptInsertTests : TranscriptInsertContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"contacthub-transcript-{Guid.NewGuid():N}.db");

    protected override Task<RecordsHost> StartRecordsAsync() => RecordsHost.StartAsync("sqlite", $"Data Source={_path}");

    [Fact]
    public async Task ABatchAfterTheConnectionWasClosedAndReopenedIsStored()
    {
        TranscriptEntry[] first = [Row("关闭之前", "zh-CN")];
        TranscriptEntry[] second = [Row("重新打开之后", "zh-CN"), Row(text: null, locale: null)];
        await using (var db = await Records.DbAsync())
        {
            var insert = TranscriptInsert.For(db);
            await insert.RunAsync(db, first, CancellationToken.None);
            await db.Database.GetDbConnection().CloseAsync();
            await insert.RunAsync(db, second, CancellationToken.None);
        }

        await AssertStoredAsync([.. first, .. second]);
    }

    [Fact]
    public async Task TheInsertStatementIsFinalizedBeforeItsConnectionCloses()
    {
        await using var db = await Records.DbAsync();
        await TranscriptInsert.For(db).RunAsync(db, [Row("语句", "zh-CN")], CancellationToken.None);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var native = connection.Handle!;
        Assert.NotEqual(0, StatementMemory(native)); // prepared once and kept for the next batch

        await connection.CloseAsync(); // the hub's shutdown closes the connections it kept open

        Assert.Equal(ConnectionState.Closed, connection.State);
        Assert.Equal(0, StatementMemory(native)); // the native connection, now pooled, holds no statement of ours
    }

    [Fact]
    public async Task TimestampsAreStoredAsTheTextMicrosoftDataSqliteWritesForThem()
    {
        var at = new DateTimeOffset(2026, 11, 27, 18, 30, 15, TimeSpan.FromHours(8)).AddTicks(1234567);
        var row = Row("时间", "zh-CN");
        row.At = at;
        await using var db = await Records.DbAsync();
        await TranscriptInsert.For(db).RunAsync(db, [row], CancellationToken.None);

        await using var command = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT \"At\", $at FROM transcript";
        command.Parameters.AddWithValue("$at", at);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(reader.GetString(1), reader.GetString(0));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private static int StatementMemory(sqlite3 native)
    {
        SqliteException.ThrowExceptionForRC(raw.sqlite3_db_status(native, raw.SQLITE_DBSTATUS_STMT_USED, out var used, out _, 0), native);
        return used;
    }
}
