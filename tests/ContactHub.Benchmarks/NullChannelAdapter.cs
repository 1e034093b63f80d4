using ContactHub.Channels;

namespace ContactHub.Benchmarks;

/// <summary>A channel that accepts everything at once, so the benchmark measures the hub and not a network.</summary>
public sealed class NullChannelAdapter : IChannelAdapter
{
    public const string Channel = "bench";

    public string ChannelId => Channel;

    public Task<ChannelSendResult> SendAsync(ConversationKey to, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(ChannelSendResult.Ok());
}
