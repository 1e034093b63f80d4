using ContactHub.Hub.State;

namespace ContactHub.Hub.Turns;

/// <summary>
/// Lets a delivery in once, across all instances, and the turns of one conversation one at a time, with the
/// conversation's state loaded in the same step (<see cref="ITurnGate"/>; issue 8). A duplicate runs nothing.
/// <see cref="ConversationStateMiddleware"/> saves through the pass, which also releases the lock.
/// </summary>
public sealed class TurnGateMiddleware(ITurnGate gate) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken cancellationToken)
    {
        var pass = await gate.BeginAsync(turn.Key, turn.Activity.Id, cancellationToken);
        if (pass is null)
        {
            turn.Duplicate = true;
            return;
        }

        await using (pass)
        {
            turn.Pass = pass;
            try
            {
                await next(turn, cancellationToken);
            }
            catch
            {
                // The turn did not happen, so the channel's retry must be let through rather than dropped as a duplicate.
                await pass.FailAsync(CancellationToken.None);
                throw;
            }
        }
    }
}
