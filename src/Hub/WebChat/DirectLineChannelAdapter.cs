using ContactHub.Channels;
using ContactHub.Channels.WebChat;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.WebChat;

/// <summary>
/// Sending on web chat is appending to the conversation's log: the client's WebSocket (on whichever instance holds
/// it) is woken by the store, and polling clients see it on their next GET. For web chat the ConversationKey's
/// user id is the Direct Line conversation id.
/// </summary>
public sealed class DirectLineChannelAdapter(IDirectLineStore store, IOptions<DirectLineOptions> options, TimeProvider time) : IChannelAdapter
{
    public string ChannelId => ChannelIds.WebChat;

    public async Task<ChannelSendResult> SendAsync(ConversationKey to, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = to.UserId;
        var outbound = DirectLineOutbound.ToClient(activity, conversationId, options.Value, time.GetUtcNow());
        var watermark = await store.AppendAsync(conversationId, outbound, cancellationToken);
        return watermark is { } appended
            ? ChannelSendResult.Ok(appended.ActivityId(conversationId))
            : ChannelSendResult.Failed($"Web chat conversation {conversationId} does not exist.", permanent: true);
    }
}
