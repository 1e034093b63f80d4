using ContactHub.Hub.State;

namespace ContactHub.Hub.Turns;

/// <summary>
/// Runs the turn on the state the turn gate loaded and saves it once (BotBuilder's AutoSaveStateMiddleware shape),
/// with compare-and-set. A conflict means another instance ran a turn after this one's lock lease ran out: run this
/// turn again on the newer state, which the failed save returned, never overwrite it.
/// </summary>
public sealed class ConversationStateMiddleware(TimeProvider clock, ILogger<ConversationStateMiddleware> logger) : ITurnMiddleware
{
    private const int MaxAttempts = 3;

    public async Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken cancellationToken)
    {
        var pass = turn.Pass ?? throw new InvalidOperationException($"The turn of {turn.Key} reached its state without passing the turn gate.");
        var (state, version) = pass.Loaded;
        for (var attempt = 1; ; attempt++)
        {
            turn.State = state;
            turn.Version = version;
            if (!string.IsNullOrWhiteSpace(turn.Activity.Locale))
            {
                state.Locale = turn.Locale;
            }

            await next(turn, cancellationToken);

            state.TurnCount++;
            state.LastActivityAt = clock.GetUtcNow();
            var save = await pass.SaveAsync(state, version, cancellationToken);
            if (save.Saved)
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
            (state, version) = save.Current;
        }
    }
}
