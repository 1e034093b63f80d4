using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
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

    [Fact]
    public async Task APooledContextKeepsItsConnectionOpenFromOneLeaseToTheNext()
    {
        DbConnection first;
        await using (var db = await Records.DbAsync())
        {
            await db.Customers.AnyAsync();
            first = db.Database.GetDbConnection();
        }

        await using var next = await Records.DbAsync();
        await next.Customers.AnyAsync();
        Assert.Same(first, next.Database.GetDbConnection());
        Assert.Equal(ConnectionState.Open, first.State); // EF closed it after every query before issue 8
    }

    [Fact]
    public async Task EfSqlFunctionsWorkOnAConnectionKeptOpenAcrossLeases()
    {
        for (var lease = 0; lease < 2; lease++) // EF registers its functions when it opens the connection, once
        {
            await using var db = await Records.DbAsync();
            db.Customers.Add(new Customer { Name = $"函数客户{lease}", Mobile = $"+861390000910{lease}" });
            await db.SaveChangesAsync();
#pragma warning disable MA0009 // a constant pattern over test rows; EF translates the call to SQL regexp(), which has no timeout parameter
            Assert.Equal(lease + 1, await db.Customers.CountAsync(c => Regex.IsMatch(c.Name, "^函数客户[0-9]$")));
#pragma warning restore MA0009
        }
    }

    [Fact]
    public async Task StoppingTheRecordsClosesTheConnectionsKeptOpen()
    {
        using var records = await RecordsHost.StartAsync("sqlite", $"Data Source={_path}");
        DbConnection connection;
        await using (var db = await records.DbAsync())
        {
            await db.Customers.AnyAsync();
            connection = db.Database.GetDbConnection();
        }

        records.Dispose();

        Assert.Equal(ConnectionState.Closed, connection.State);
    }

    [Fact]
    public async Task ASaveWaitsForTheWriteGateInsteadOfMeetingTheLockedDatabase()
    {
        var gate = Records.Get<RecordsWriteGate>();
        Task save;
        await using var db = await Records.DbAsync();
        using (await gate.EnterAsync(holder: null, CancellationToken.None))
        {
            db.Customers.Add(new Customer { Name = "排队客户", Mobile = "+8613900009000" });
            save = db.SaveChangesAsync();
            await WaitUntilAsync(() => gate.Waiting == 1);

            await using var other = await Records.DbAsync();
            Assert.False(await other.Customers.AnyAsync(c => c.Mobile == "+8613900009000"));
            Assert.False(save.IsCompleted);
        }

        await save.WaitAsync(TimeSpan.FromSeconds(10));
        await using var after = await Records.DbAsync();
        Assert.True(await after.Customers.AnyAsync(c => c.Mobile == "+8613900009000"));
        Assert.Equal(0, gate.Waiting);
        using (await gate.EnterAsync(holder: null, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10)))
        {
            // the save left the gate: it can be entered again
        }
    }

    [Fact]
    public async Task AFailedSaveLeavesTheWriteGate()
    {
        var gate = Records.Get<RecordsWriteGate>();
        for (var attempt = 0; attempt < 2; attempt++) // the second save breaks the unique VIN index
        {
            await using var db = await Records.DbAsync();
            db.Vehicles.Add(new Vehicle { Vin = "LSVAU2180N2183294", Plate = "粤A·G0001", Model = "速腾" });
            if (attempt == 0)
            {
                await db.SaveChangesAsync();
            }
            else
            {
                await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            }
        }

        using (await gate.EnterAsync(holder: null, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10)))
        {
            Assert.Equal(0, gate.Waiting);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the condition");
            await Task.Yield();
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
