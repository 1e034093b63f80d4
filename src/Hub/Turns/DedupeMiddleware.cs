using ContactHub.Hub.State;

namespace ContactHub.Hub.Turns;

/// <summary>A delivery the channel retries runs one turn, across all instances (Redis SET NX EX).</summary>
public sealed class DedupeMiddleware(IDedupeStore dedupe) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken cancellationToken)
    {
        var deliveryId = turn.Activity.Id;
        if (string.IsNullOrEmpty(deliveryId))
        {
            await next(turn, cancellationToken);
            return;
        }

        if (!await dedupe.TryMarkAsync(turn.Key.Channel, deliveryId, cancellationToken))
        {
            turn.Duplicate = true;
            return;
        }

        try
        {
            await next(turn, cancellationToken);
        }
        catch
        {
            // The turn did not happen, so the channel's retry must be let through rather than dropped as a duplicate.
            await dedupe.ForgetAsync(turn.Key.Channel, deliveryId, CancellationToken.None);
            throw;
        }
    }
}
