namespace ContactHub.Hub.Outbox;

/// <summary>
/// Exponential backoff with "equal jitter": half the exponential delay fixed, half random, so retries of a burst that
/// failed together spread out but never come sooner than half the nominal delay.
/// </summary>
public static class OutboxBackoff
{
    /// <param name="attempt">The attempt that just failed, 1 for the first.</param>
    /// <param name="unit">A number in [0, 1): the random part.</param>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double unit)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var nominal = Math.Min(baseDelay.Ticks * Math.Pow(2, exponent), maxDelay.Ticks);
        return TimeSpan.FromTicks((long)((nominal / 2) + (nominal / 2 * unit)));
    }
}
