using ContactHub.Channels;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Hub.Turns;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactHub.Hub.Tests.Turns;

/// <summary>The real turn gate and state middlewares around a test's own turn body, without the rest of the hub.</summary>
public sealed class GatedTurnChain(ITurnGate gate)
{
    private readonly TurnGateMiddleware _gate = new(gate);
    private readonly ConversationStateMiddleware _state = new(TimeProvider.System, NullLogger<ConversationStateMiddleware>.Instance);

    public Task<TurnContext> RunAsync(ConversationKey key, string? deliveryId, TurnDelegate body) =>
        RunAsync(new TurnContext(key, TestActivities.Message(key, "你好") with { Id = deliveryId }), body);

    public async Task<TurnContext> RunAsync(TurnContext turn, TurnDelegate body)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await _gate.OnTurnAsync(turn, (t, ct) => _state.OnTurnAsync(t, body, ct), CancellationToken.None);
        return turn;
    }

    /// <summary>A turn body that does nothing but count itself.</summary>
    public static TurnDelegate Counting(Action onRun) => (_, _) =>
    {
        onRun();
        return Task.CompletedTask;
    };
}
