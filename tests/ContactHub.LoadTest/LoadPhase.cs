using System.Diagnostics;

namespace ContactHub.LoadTest;

/// <summary>
/// N customers at once, each holding one conversation after another. Closed loop: each customer runs its turns back to
/// back. Open loop (with a rate): turns arrive at random at that rate (<see cref="PoissonArrivals"/>), so latency is
/// measured at a chosen fraction of capacity.
/// <para>
/// A measured phase lasts a given duration: customers start new conversations until it is over, so
/// the rate is a steady state's, not one batch's ramp-up and tail (one batch of the baseline's 1,200 requests lasted
/// about 0.1 s; issue 8).
/// </para>
/// </summary>
public static class LoadPhase
{
    /// <summary>Closed loop for <paramref name="duration"/>.</summary>
    public static async Task<LatencyRecorder> RunAsync(ICustomerScript script, int customers, int turns, TimeSpan duration)
    {
        var recorder = new LatencyRecorder();
        var clock = Stopwatch.StartNew();
        recorder.Start();
        await Task.WhenAll(Enumerable.Range(0, customers).Select(customer => CustomerAsync(script, customer, turns, duration, clock, recorder)));
        recorder.Stop();
        return recorder;
    }

    /// <summary>
    /// Open loop at <paramref name="turnsPerSecond"/> (<see cref="PoissonArrivals"/>): the latency of the turns due in the
    /// <paramref name="duration"/> after the ramp, once every step of a conversation is under way somewhere.
    /// </summary>
    public static async Task<LatencyRecorder> RunAtRateAsync(ICustomerScript script, int customers, int turns, TimeSpan duration, double turnsPerSecond)
    {
        var random = new Random(8);
        var schedules = Enumerable.Range(0, customers).Select(_ => new PoissonArrivals(turnsPerSecond / customers, turns, new Random(random.Next()))).ToArray();
        var ramp = schedules[0].Ramp;
        var recorder = new LatencyRecorder();
        var clock = Stopwatch.StartNew();
        var measuring = Task.Delay(ramp).ContinueWith(_ => recorder.Start(), TaskScheduler.Default);
        await Task.WhenAll(Enumerable.Range(0, customers).Select(async customer =>
        {
            var arrivals = schedules[customer];
            var due = arrivals.First();
            for (var turn = 0; due < ramp + duration; turn++, due += arrivals.Gap())
            {
                if (turn % turns == 0)
                {
                    await script.StartAsync(customer, CancellationToken.None);
                }

                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                await TurnAsync(script, customer, turn % turns, due >= ramp ? recorder : null);
            }
        }));
        await measuring;
        recorder.Stop();
        return recorder;
    }

    private static async Task CustomerAsync(ICustomerScript script, int customer, int turns, TimeSpan duration, Stopwatch clock, LatencyRecorder recorder)
    {
        while (clock.Elapsed < duration)
        {
            await script.StartAsync(customer, CancellationToken.None);
            for (var turn = 0; turn < turns; turn++)
            {
                if (clock.Elapsed >= duration)
                {
                    return;
                }

                await TurnAsync(script, customer, turn, recorder);
            }
        }
    }

    /// <summary>One turn, recorded unless <paramref name="recorder"/> is null (a ramp turn).</summary>
    private static async Task TurnAsync(ICustomerScript script, int customer, int turn, LatencyRecorder? recorder)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await script.TurnAsync(customer, turn, CancellationToken.None);
            recorder?.Record(Stopwatch.GetElapsedTime(started), script.KindOf(customer));
        }
        catch (HttpRequestException)
        {
            recorder?.RecordError();
        }
    }
}
