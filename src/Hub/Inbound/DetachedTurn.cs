using ContactHub.Channels;
using ContactHub.Hub.Turns;

namespace ContactHub.Hub.Inbound;

/// <summary>
/// A webhook's turn run apart from its request (WeChat and SMS answer within a deadline while the turn goes on), and
/// what happens to the message when that turn fails after the channel was answered: <see cref="FailedTurnRecovery"/>.
/// </summary>
public sealed class DetachedTurn(ITurnProcessor turns, FailedTurnRecovery recovery, ILogger<DetachedTurn> logger)
{
    /// <summary>Runs the turn to its end whatever the request does; true when it completed, false when it failed.</summary>
    /// <param name="ended">Called when the turn ends either way (the channel frees the reply slot it opened).</param>
    public async Task<bool> RunAsync(ConversationKey key, Activity activity, Action ended)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(ended);
        try
        {
            // Not the request's token: a turn that misses the deadline must still finish and send through the channel's API.
            await turns.ProcessAsync(key, activity, CancellationToken.None);
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogError(ex, "{Channel} turn for delivery {DeliveryId} failed", key.Channel, activity.Id);
            return false;
        }
        finally
        {
            ended();
        }
    }

    /// <summary>Once the channel has been answered it will not deliver the message again, so a failed turn must not lose it.</summary>
    public async Task RecoverIfFailedAsync(Task<bool> turn, ConversationKey key, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!await turn)
        {
            await recovery.RecoverAsync(key, activity, CancellationToken.None);
        }
    }
}
