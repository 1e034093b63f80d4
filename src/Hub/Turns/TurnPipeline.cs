using ContactHub.Hub.Desk;

namespace ContactHub.Hub.Turns;

/// <summary>
/// The turn, in order: the turn gate (dedupe, one turn per conversation, state load: one Redis round trip) → desk relay → transcript → delivery → state save (which also releases the lock) →
/// global commands → dialogs (or, for a conversation with an agent, the desk). Built once; no per-turn allocation
/// of the chain.
/// </summary>
public sealed class TurnPipeline
{
    private readonly TurnDelegate _entry;

    public TurnPipeline(
        TurnGateMiddleware gate,
        DeskRelayMiddleware deskRelay,
        TranscriptMiddleware transcript,
        OutboundMiddleware outbound,
        ConversationStateMiddleware state,
        GlobalCommandsMiddleware globalCommands,
        DialogTurnHandler dialogs)
    {
        ITurnMiddleware[] order = [gate, deskRelay, transcript, outbound, state, globalCommands];
        TurnDelegate next = dialogs.OnTurnAsync;
        for (var i = order.Length - 1; i >= 0; i--)
        {
            var middleware = order[i];
            var inner = next;
            next = (turn, ct) => middleware.OnTurnAsync(turn, inner, ct);
        }

        _entry = next;
    }

    public Task RunAsync(TurnContext turn, CancellationToken cancellationToken) => _entry(turn, cancellationToken);
}
