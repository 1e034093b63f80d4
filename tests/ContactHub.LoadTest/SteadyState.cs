namespace ContactHub.LoadTest;

/// <summary>
/// Warms a server up at full load until its JIT has settled. The hub jits about 43,000 methods; tiered compilation
/// moves the hot ones from tier 0 through an instrumented tier to tier 1 in the background, and waits again whenever
/// new tier-0 code appears. Under sustained load the hub needed about 40 s to get there (issue 8, stop 5): four whole runs
/// of the script (about 5 s) left a fifth of its samples in tier-0 code and a sixth of its CPU in the background
/// compiler during the measured run, and so did 40 runs with pauses between them. The baseline settles in about 10 s.
/// </summary>
public static class SteadyState
{
    /// <summary>Warm-up goes on in windows of closed-loop load of this length.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    /// <summary>A window in which the server jits fewer methods than this counts as settled.</summary>
    public const long SettledBelow = 25;

    public const int MaxWindows = 45;

    /// <summary>
    /// At least <see cref="LoadOptions.Warmups"/> windows, then more until one jits fewer than
    /// <see cref="SettledBelow"/> methods in the server, at most <see cref="MaxWindows"/>.
    /// </summary>
    public static async Task<WarmUp> WarmUpAsync(Func<ICustomerScript> script, LoadOptions options, Func<Task<long>> jitCompiledMethods)
    {
        var jitted = await jitCompiledMethods();
        for (var window = 1; ; window++)
        {
            await LoadPhase.RunAsync(script(), options.Customers, options.Turns, Window);
            var now = await jitCompiledMethods();
            var inWindow = now - jitted;
            jitted = now;
            if ((window >= options.Warmups && inWindow < SettledBelow) || window == MaxWindows)
            {
                return new WarmUp(window * Window, inWindow);
            }
        }
    }
}
