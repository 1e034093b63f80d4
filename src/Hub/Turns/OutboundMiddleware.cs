using ContactHub.Hub.Outbound;

namespace ContactHub.Hub.Turns;

/// <summary>Sends the turn's replies, in order, after the state that produced them has been saved.</summary>
public sealed class OutboundMiddleware(OutboundDispatcher dispatcher) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken cancellationToken)
    {
        await next(turn, cancellationToken);
        if (turn.Replies.Count == 0)
        {
            return;
        }

        turn.Deliveries = await dispatcher.SendTurnAsync(turn.Key, turn.Replies, cancellationToken);
    }
}
