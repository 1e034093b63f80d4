using System.Collections.Concurrent;
using ContactHub.Channels;

namespace ContactHub.Hub.Tests.Outbox;

/// <summary>
/// A channel whose far side is a list of calls. It answers from a script (then "accepted" once the script runs out,
/// or whatever <see cref="Otherwise"/> says), so tests can make it fail transiently or for good.
/// </summary>
public sealed class ScriptedChannelAdapter(string channelId) : IChannelAdapter
{
    private readonly ConcurrentQueue<ChannelSendResult> _script = new();
    private int _accepted;

    public string ChannelId => channelId;

    public ConcurrentQueue<(ConversationKey To, Activity Activity)> Calls { get; } = new();

    public TaskCompletionSource FirstCall { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Func<ChannelSendResult>? Otherwise { get; set; }

    public void AnswerNext(params ChannelSendResult[] results)
    {
        foreach (var result in results)
        {
            _script.Enqueue(result);
        }
    }

    public Task<ChannelSendResult> SendAsync(ConversationKey to, Activity activity, CancellationToken cancellationToken)
    {
        Calls.Enqueue((to, activity));
        FirstCall.TrySetResult();
        var result = _script.TryDequeue(out var scripted) ? scripted
            : Otherwise?.Invoke() ?? ChannelSendResult.Ok($"{channelId}-msg-{Interlocked.Increment(ref _accepted)}");
        return Task.FromResult(result);
    }

    public int CallsWithText(string text) => Calls.Count(c => c.Activity.Text == text);
}
