using ContactHub.Dialogs.Tests.Flow;
using Microsoft.Extensions.Time.Testing;

namespace ContactHub.Dialogs.Tests.Dealership;

public static class FlowClock
{
    /// <summary>
    /// Moves <paramref name="clock"/> at this point of the script, between two turns. ConversationFlow has no plain
    /// "then" hook, so this rides on AssertState, which runs its action in script order and asserts nothing itself.
    /// </summary>
    public static ConversationFlow AdvanceClock(this ConversationFlow flow, FakeTimeProvider clock, TimeSpan by)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(clock);
        return flow.AssertState(_ => clock.Advance(by));
    }
}
