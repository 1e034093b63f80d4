using ContactHub.Hub.Outbox;

namespace ContactHub.Hub.Tests.Outbox;

public sealed class InMemoryOutboxTests : OutboxContract
{
    protected override OutboxRig CreateRig(Action<OutboxOptions>? configure = null) => new(redis: null, configure);

    // In process, idle time is measured on the rig's fake clock.
    protected override Task AgeAsync(OutboxRig rig, IReadOnlyList<OutboxEntry> entries, TimeSpan idle)
    {
        rig.Clock.Advance(idle);
        return Task.CompletedTask;
    }
}
