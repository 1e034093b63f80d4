using System.Globalization;

namespace ContactHub.LoadTest;

/// <summary>
/// CPU time of each process that shares the 2 cores during a phase: the server under test, redis-server, and this
/// load client (the fake Twilio runs in it). A ratio of throughputs is a ratio of whole-machine costs, so this shows
/// where a turn's and a baseline request's CPU goes. A process the tool did not start counts as zero.
/// </summary>
public sealed record MachineCpu(TimeSpan Server, TimeSpan Redis, TimeSpan Client)
{
    public TimeSpan All => Server + Redis + Client;

    public static MachineCpu Now(Func<TimeSpan> server, Func<TimeSpan> redis) =>
        new(server(), redis(), Environment.CpuUsage.TotalTime);

    public MachineCpu Since(MachineCpu before) => new(Server - before.Server, Redis - before.Redis, Client - before.Client);

    public MachineCpu Per(long count)
    {
        var n = Math.Max(1, count);
        return new(Server / n, Redis / n, Client / n);
    }

    public string Describe(string server) => string.Create(
        CultureInfo.InvariantCulture,
        $"{server} {Server.TotalMilliseconds:F3} ms, redis {Redis.TotalMilliseconds:F3} ms, client {Client.TotalMilliseconds:F3} ms, all {All.TotalMilliseconds:F3} ms");
}
