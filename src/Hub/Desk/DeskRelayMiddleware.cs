using ContactHub.Hub.State;
using ContactHub.Hub.Turns;

namespace ContactHub.Hub.Desk;

/// <summary>
/// Every customer message of a conversation that is queued or with an agent goes to the desk: once the turn's
/// transcript row is stored, desk pages are told to fetch it. Also makes the turn visible to <see cref="CurrentTurn"/>.
/// Sits outside the transcript middleware, so the push never arrives before the row it announces.
/// </summary>
public sealed class DeskRelayMiddleware(CurrentTurn current, DeskNotifier notifier) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken cancellationToken)
    {
        current.Turn = turn;
        try
        {
            await next(turn, cancellationToken);
        }
        finally
        {
            current.Turn = null;
        }

        if (turn.State.Mode != ConversationMode.Bot)
        {
            await notifier.ConversationChangedAsync(turn.Key, cancellationToken);
        }
    }
}
