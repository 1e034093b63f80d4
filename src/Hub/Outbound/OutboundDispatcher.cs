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

    /// <summary>
    /// Sends the replies of one turn, in order. A channel that implements <see cref="IBatchChannelAdapter"/> gets all
    /// that pass the send rules in one call (WeChat decides between passive reply and customer-service API per turn);
    /// any other channel gets them one by one.
    /// </summary>
    public async Task<IReadOnlyList<ChannelSendResult>> SendTurnAsync(
        ConversationKey to, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var results = new ChannelSendResult[activities.Count];
        if (!_adapters.TryGetValue(to.Channel, out var adapter) || adapter is not IBatchChannelAdapter batch)
        {
            for (var i = 0; i < results.Length; i++)
            {
                results[i] = await SendAsync(to, activities[i], cancellationToken);
            }

            return results;
        }

        var allowed = new List<Activity>(activities.Count);
        var positions = new List<int>(activities.Count);
        for (var i = 0; i < results.Length; i++)
        {
            if (SendRules.Refuse(activities[i]) is { } refusal)
            {
                results[i] = ChannelSendResult.Failed(refusal, permanent: true);
            }
            else
            {
                allowed.Add(activities[i]);
                positions.Add(i);
            }
        }

        if (allowed.Count > 0)
        {
            var sent = await SendBatchAsync(batch, to, allowed, cancellationToken);
            for (var j = 0; j < positions.Count; j++)
            {
                results[positions[j]] = sent[j];
            }
        }

        return results;
    }

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

    private async Task<IReadOnlyList<ChannelSendResult>> SendBatchAsync(
        IBatchChannelAdapter adapter, ConversationKey to, List<Activity> activities, CancellationToken cancellationToken)
    {
        try
        {
            var results = await adapter.SendTurnAsync(to, activities, cancellationToken);
            if (results.Count != activities.Count)
            {
                throw new InvalidOperationException($"{to.Channel} answered {results.Count} results for {activities.Count} replies.");
            }

            foreach (var result in results.Where(r => !r.Accepted))
            {
                logger.LogWarning("{Channel} refused a reply to {Conversation}: {Error}", to.Channel, to, result.Error);
            }

            return results;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TimeoutException or InvalidOperationException)
        {
            logger.LogError(ex, "Sending {Count} replies to {Conversation} failed", activities.Count, to);
            return [.. activities.Select(_ => ChannelSendResult.Failed(ex.Message, permanent: false))];
        }
    }
}
