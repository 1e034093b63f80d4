using System.Globalization;
using StackExchange.Redis;

namespace ContactHub.Hub.Tests.Infrastructure;

/// <summary>
/// Which commands one client sent to the test Redis, from the slow log with its threshold at 0 (every command is
/// logged, with the sending client's name; commands a Lua script runs are logged under the script's own client, so
/// only round trips count). No MONITOR. The threshold is put back on dispose.
/// </summary>
public sealed class RedisCommandLog : IAsyncDisposable
{
    private readonly ConnectionMultiplexer _admin;
    private readonly RedisValue _threshold;

    private RedisCommandLog(ConnectionMultiplexer admin, RedisValue threshold)
    {
        _admin = admin;
        _threshold = threshold;
    }

    public static async Task<RedisCommandLog> StartAsync(string connectionString)
    {
        var admin = await ConnectionMultiplexer.ConnectAsync(connectionString + ",allowAdmin=true");
        var db = admin.GetDatabase();
        var current = await db.ExecuteAsync("CONFIG", "GET", "slowlog-log-slower-than");
        await db.ExecuteAsync("CONFIG", "SET", "slowlog-log-slower-than", "0");
        await db.ExecuteAsync("CONFIG", "SET", "slowlog-max-len", "1024");
        var log = new RedisCommandLog(admin, (RedisValue)current[1]);
        await log.ClearAsync();
        return log;
    }

    public Task ClearAsync() => _admin.GetDatabase().ExecuteAsync("SLOWLOG", "RESET");

    /// <summary>The command names (upper case) the client of that name sent since the last clear, oldest first.</summary>
    public async Task<List<string>> CommandsOfAsync(string clientName)
    {
        var entries = await _admin.GetDatabase().ExecuteAsync("SLOWLOG", "GET", "1024");
        var commands = new List<string>();
        for (var i = entries.Length - 1; i >= 0; i--)
        {
            var entry = entries[i];
            if (entry.Length > 5 && (string?)entry[5] == clientName)
            {
                commands.Add(((string)entry[3][0]!).ToUpper(CultureInfo.InvariantCulture));
            }
        }

        return commands;
    }

    public async ValueTask DisposeAsync()
    {
        await _admin.GetDatabase().ExecuteAsync("CONFIG", "SET", "slowlog-log-slower-than", _threshold);
        await _admin.DisposeAsync();
    }
}
