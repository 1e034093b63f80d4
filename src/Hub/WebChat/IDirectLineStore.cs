using ContactHub.Channels;
using ContactHub.Channels.WebChat;

namespace ContactHub.Hub.WebChat;

/// <summary>
/// The Direct Line conversation log: every activity a client may see (user echoes and bot replies), in order,
/// each at a watermark one higher than the last, plus the signals that wake WebSocket streams on any instance.
/// </summary>
public interface IDirectLineStore
{
    /// <returns>True when the conversation was created now, false when it already existed.</returns>
    Task<bool> CreateConversationAsync(string conversationId, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Appends (the log assigns the id from the watermark) and wakes the conversation's streams.</summary>
    /// <returns>The activity's watermark, or null when the conversation does not exist.</returns>
    Task<DirectLineWatermark?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Activities strictly newer than <paramref name="after"/>, oldest first, with their ids set.</summary>
    Task<ActivitySet> ReadAfterAsync(string conversationId, DirectLineWatermark after, int max, CancellationToken cancellationToken);

    /// <summary>Signals are delivered in publish order, the same order on every instance.</summary>
    Task<IAsyncDisposable> SubscribeAsync(string conversationId, Action<DirectLineStreamSignal> onSignal, CancellationToken cancellationToken);

    Task AnnounceStreamAsync(string conversationId, string streamId, CancellationToken cancellationToken);
}
