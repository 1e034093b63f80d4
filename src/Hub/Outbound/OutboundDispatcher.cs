using System.Collections.Frozen;
using ContactHub.Channels;

namespace ContactHub.Hub.Outbound;

/// <summary>
/// The one outbound path (STYLE #3, chatwoot's SendOnChannelService): every reply, whoever wrote it, leaves through
/// here. Send rules are checked once; adapters only translate and transmit. A failed send becomes a result the
/// caller records, never just a log line.
/// </summary>
public sealed class OutboundDispatcher(IEnumerable<IChannelAdapter> adapters, ILogger<OutboundDispatcher> logger)
{
    private readonly FrozenDictionary<string, IChannelAdapter> _adapters =
        adapters.ToFrozenDictionary(a => a.ChannelId, StringComparer.Ordinal);

    public async Task<ChannelSendResult> SendAsync(ConversationKey to, Activity activity, CancellationToken cancellationToken)
    {
        if (SendRules.Refuse(activity) is { } refusal)
        {
            return ChannelSendResult.Failed(refusal, permanent: true);
        }

        if (!_adapters.TryGetValue(to.Channel, out var adapter))
        {
            logger.LogError("No channel adapter for {Channel}; reply to {Conversation} not sent", to.Channel, to);
            return ChannelSendResult.Failed($"no adapter for channel '{to.Channel}'", permanent: true);
        }

        try
        {
            var result = await adapter.SendAsync(to, activity, cancellationToken);
            if (!result.Accepted)
            {
                logger.LogWarning("{Channel} refused a reply to {Conversation}: {Error}", to.Channel, to, result.Error);
            }

            return result;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TimeoutException or InvalidOperationException)
        {
            logger.LogError(ex, "Sending a reply to {Conversation} failed", to);
            return ChannelSendResult.Failed(ex.Message, permanent: false);
        }
    }
}
