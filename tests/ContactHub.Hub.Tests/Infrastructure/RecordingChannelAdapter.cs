using System.Collections.Concurrent;
using ContactHub.Channels;

namespace ContactHub.Hub.Tests.Infrastructure;

/// <summary>A channel whose far side is this list: what the hub sent, in order.</summary>
public sealed class RecordingChannelAdapter : IChannelAdapter
{
    public const string Channel = "test";

    public ConcurrentQueue<(ConversationKey To, Activity Activity)> Sent { get; } = new();

    public string ChannelId => Channel;

    public Task<ChannelSendResult> SendAsync(ConversationKey to, Activity activity, CancellationToken cancellationToken)
    {
        Sent.Enqueue((to, activity));
        return Task.FromResult(ChannelSendResult.Ok($"sent-{Sent.Count}"));
    }

    public IReadOnlyList<Activity> SentTo(ConversationKey key) => [.. Sent.Where(s => s.To == key).Select(s => s.Activity)];
}
