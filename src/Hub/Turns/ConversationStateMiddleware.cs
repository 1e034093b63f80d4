using ContactHub.Hub.State;

namespace ContactHub.Hub.Turns;

/// <summary>
/// Loads the conversation once and saves it once (BotBuilder's AutoSaveStateMiddleware shape), with
/// compare-and-set. A conflict means another instance ran a turn after its lock lease ran out: reload and run
/// this turn again on the newer state, never overwrite it.
/// </summary>
public sealed class ConversationStateMiddleware(IConversationStore store, TimeProvider clock, ILogger<ConversationStateMiddleware> logger) : ITurnMiddleware
{
    private const int MaxAttempts = 3;

    public async Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (state, version) = await store.LoadAsync(turn.Key, cancellationToken);
            turn.State = state;
            turn.Version = version;
            if (!string.IsNullOrWhiteSpace(turn.Activity.Locale))
            {
                state.Locale = turn.Locale;
            }

            await next(turn, cancellationToken);

            state.TurnCount++;
            state.LastActivityAt = clock.GetUtcNow();
            if (await store.SaveAsync(turn.Key, state, version, cancellationToken))
            {
                turn.Version = version + 1;
                return;
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"Conversation {turn.Key} kept changing under its turn; gave up after {MaxAttempts} attempts.");
            }

            logger.LogWarning("State of {Conversation} changed during the turn (version {Version}); running the turn again", turn.Key, version);
            turn.DiscardReplies();
        }
    }
}
