using System.Diagnostics;

namespace ContactHub.LoadTest;

/// <summary>
/// N customers at once, each running its turns one after another (closed loop), or, with a rate, turns started on
/// a fixed schedule across all customers (open loop, slots dealt by <see cref="InterleavedSchedule"/>) so latency is
/// measured at a chosen fraction of capacity.
/// </summary>
public static class LoadPhase
{
    public static async Task<LatencyRecorder> RunAsync(ICustomerScript script, int customers, int turns, double? turnsPerSecond = null)
    {
        await Task.WhenAll(Enumerable.Range(0, customers).Select(c => script.StartAsync(c, CancellationToken.None)));
        var recorder = new LatencyRecorder();
        var schedule = InterleavedSchedule.Build(customers, turns, seed: 8);
        var clock = Stopwatch.StartNew();
        recorder.Start();
        await Task.WhenAll(Enumerable.Range(0, customers).Select(async customer =>
        {
            for (var turn = 0; turn < turns; turn++)
            {
                if (turnsPerSecond is { } rate)
                {
                    var due = TimeSpan.FromSeconds(schedule[customer][turn] / rate);
                    var wait = due - clock.Elapsed;
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait);
                    }
                }

                var started = Stopwatch.GetTimestamp();
                try
                {
                    await script.TurnAsync(customer, turn, CancellationToken.None);
                    recorder.Record(Stopwatch.GetElapsedTime(started), script.KindOf(customer));
                }
                catch (HttpRequestException)
                {
                    recorder.RecordError();
                }
            }
        }));
        recorder.Stop();
        return recorder;
    }
}
