namespace ContactHub.LoadTest;

/// <summary>
/// When one customer of an open-loop phase sends its turns: the first at a random moment within one conversation's
/// length, then at exponentially distributed gaps. Together the customers' turns arrive as a Poisson stream of the
/// phase's rate, and at any moment the customers are at all steps of their conversations alike. Issue 8: dealing
/// evenly spaced slots to customers at random left each customer's last steps (the booking) bunched at the end of
/// the phase, which overloaded it there.
/// </summary>
public sealed class PoissonArrivals(double turnsPerSecondPerCustomer, int turnsPerConversation, Random random)
{
    /// <summary>A conversation's length at the customer's average rate: the ramp before every step is equally common.</summary>
    public TimeSpan Ramp => TimeSpan.FromSeconds(turnsPerConversation / turnsPerSecondPerCustomer);

    public TimeSpan First() => TimeSpan.FromSeconds(random.NextDouble() * Ramp.TotalSeconds);

    public TimeSpan Gap() => TimeSpan.FromSeconds(-Math.Log(1 - random.NextDouble()) / turnsPerSecondPerCustomer);
}
