using ContactHub.Channels;
using Microsoft.AspNetCore.SignalR;

namespace ContactHub.Hub.Desk;

/// <summary>
/// Pushes "something changed" to every desk page, on every hub instance when the Redis backplane is on. The push
/// carries only the conversation key: a page fetches what it may see, so nothing leaks past the 403 rules.
/// </summary>
public sealed class DeskNotifier(IHubContext<DeskHub> hub, ILogger<DeskNotifier> logger)
{
    public const string ConversationChanged = "conversationChanged";
    public const string AgentsChanged = "agentsChanged";

    public async Task ConversationChangedAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        try
        {
            await hub.Clients.All.SendAsync(ConversationChanged, key.Channel, key.UserId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The change is stored; a page that missed this push re-syncs when it reconnects.
            logger.LogWarning(ex, "Could not notify the desk about {Conversation}", key);
        }
    }
}
