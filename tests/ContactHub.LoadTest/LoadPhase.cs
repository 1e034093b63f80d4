using System.Diagnostics;

namespace ContactHub.LoadTest;

/// <summary>
/// N customers at once, each holding one conversation after another. Closed loop: each customer runs its turns back to
/// back. Open loop (with a rate): turns start on a fixed schedule across all customers (slots dealt by
/// <see cref="InterleavedSchedule"/>), so latency is measured at a chosen fraction of capacity.
/// <para>
/// A measured phase lasts a given duration: customers start new conversations until it is over, so
/// the rate is a steady state's, not one batch's ramp-up and tail (one batch of the baseline's 1,200 requests lasted
/// about 0.1 s; issue 8). A warm-up is one conversation per customer.
/// </para>
/// </summary>
public static class LoadPhase
{
    public static Task<LatencyRecorder> WarmUpAsync(ICustomerScript script, int customers, int turns) =>
        RunAsync(script, customers, turns, duration: null);

    /// <summary>Closed loop for <paramref name="duration"/>, or for one conversation per customer when it is null.</summary>
    public static async Task<LatencyRecorder> RunAsync(ICustomerScript script, int customers, int turns, TimeSpan? duration)
    {
        var recorder = new LatencyRecorder();
        var clock = Stopwatch.StartNew();
        recorder.Start();
        await Task.WhenAll(Enumerable.Range(0, customers).Select(customer => CustomerAsync(script, customer, turns, duration, clock, recorder)));
        recorder.Stop();
        return recorder;
    }

    public static async Task<LatencyRecorder> RunAtRateAsync(ICustomerScript script, int customers, int turns, TimeSpan duration, double turnsPerSecond)
    {
        var slotsPerCustomer = Math.Max(1, (int)Math.Ceiling(turnsPerSecond * duration.TotalSeconds / customers));
        var schedule = InterleavedSchedule.Build(customers, slotsPerCustomer, seed: 8);
        var recorder = new LatencyRecorder();
        var clock = Stopwatch.StartNew();
        recorder.Start();
        await Task.WhenAll(Enumerable.Range(0, customers).Select(async customer =>
        {
            for (var slot = 0; slot < slotsPerCustomer; slot++)
            {
                if (slot % turns == 0)
                {
                    await script.StartAsync(customer, CancellationToken.None);
                }

                var wait = TimeSpan.FromSeconds(schedule[customer][slot] / turnsPerSecond) - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                await TurnAsync(script, customer, slot % turns, recorder);
            }
        }));
        recorder.Stop();
        return recorder;
    }

    private static async Task CustomerAsync(ICustomerScript script, int customer, int turns, TimeSpan? duration, Stopwatch clock, LatencyRecorder recorder)
    {
        do
        {
            if (clock.Elapsed >= duration)
            {
                return;
            }

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
        while (duration is not null);
    }

    private static async Task TurnAsync(ICustomerScript script, int customer, int turn, LatencyRecorder recorder)
    {
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
}
