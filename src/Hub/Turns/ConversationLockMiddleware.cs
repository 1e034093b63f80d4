using ContactHub.Hub.State;

namespace ContactHub.Hub.Turns;

public sealed class ConversationLockMiddleware(ITurnLock turnLock) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken cancellationToken)
    {
        await using var held = await turnLock.AcquireAsync(turn.Key, cancellationToken);
        await next(turn, cancellationToken);
    }
}
