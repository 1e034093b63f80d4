using ContactHub.Channels;
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

        var results = new ChannelSendResult[turn.Replies.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = await dispatcher.SendAsync(turn.Key, turn.Replies[i], cancellationToken);
        }

        turn.Deliveries = results;
    }
}
