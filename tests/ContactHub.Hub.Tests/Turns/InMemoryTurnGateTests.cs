using ContactHub.Hub.State;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Tests.Turns;

public sealed class InMemoryTurnGateTests : TurnGateContract
{
    private static readonly IOptions<StateOptions> Options = Microsoft.Extensions.Options.Options.Create(new StateOptions());

    private readonly InMemoryDedupeStore _dedupe = new(Options, TimeProvider.System);
    private readonly InProcessTurnLock _lock = new(Options);

    protected override IConversationStore Store { get; } = new InMemoryConversationStore(Options, TimeProvider.System);

    protected override ITurnGate CreateGate() => new ComposedTurnGate(_dedupe, _lock, Store);
}
