using System.Collections.Concurrent;
using ContactHub.Channels;
using ContactHub.Channels.WebChat;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.WebChat;

/// <summary>Single-instance log, used when no Redis is configured: conversations end with the process.</summary>
public sealed class InMemoryDirectLineStore(IOptions<DirectLineOptions> options) : IDirectLineStore
{
    private readonly ConcurrentDictionary<string, ConversationLog> logs = new(StringComparer.Ordinal);

    public Task<bool> CreateConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var created = false;
        logs.GetOrAdd(conversationId, _ =>
        {
            created = true;
            return new ConversationLog();
        });
        return Task.FromResult(created);
    }

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(logs.ContainsKey(conversationId));

    public Task<DirectLineWatermark?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        if (!logs.TryGetValue(conversationId, out var log))
        {
            return Task.FromResult<DirectLineWatermark?>(null);
        }

        lock (log)
        {
            var watermark = new DirectLineWatermark(log.LastSequence).Next();
            log.LastSequence = watermark.Sequence;
            log.Activities.Add(activity with { Id = watermark.ActivityId(conversationId) });
            if (log.Activities.Count > options.Value.MaxLogLength)
            {
                log.Activities.RemoveAt(0);
            }

            log.Publish(DirectLineStreamSignal.Appended);
            return Task.FromResult<DirectLineWatermark?>(watermark);
        }
    }

    public Task<ActivitySet> ReadAfterAsync(string conversationId, DirectLineWatermark after, int max, CancellationToken cancellationToken)
    {
        if (!logs.TryGetValue(conversationId, out var log))
        {
            return Task.FromResult(new ActivitySet());
        }

        lock (log)
        {
            var firstSequence = log.LastSequence - log.Activities.Count + 1;
            var start = (int)Math.Clamp(after.Sequence + 1 - firstSequence, 0, log.Activities.Count);
            var count = Math.Min(max, log.Activities.Count - start);
            if (count == 0)
            {
                return Task.FromResult(new ActivitySet());
            }

            var last = new DirectLineWatermark(firstSequence + start + count - 1);
            return Task.FromResult(new ActivitySet { Activities = log.Activities.GetRange(start, count), Watermark = last.ToString() });
        }
    }

    public Task<IAsyncDisposable> SubscribeAsync(string conversationId, Action<DirectLineStreamSignal> onSignal, CancellationToken cancellationToken)
    {
        if (!logs.TryGetValue(conversationId, out var log))
        {
            return Task.FromResult<IAsyncDisposable>(new Subscription(new ConversationLog(), onSignal));
        }

        lock (log)
        {
            log.Listeners.Add(onSignal);
        }

        return Task.FromResult<IAsyncDisposable>(new Subscription(log, onSignal));
    }

    public Task AnnounceStreamAsync(string conversationId, string streamId, CancellationToken cancellationToken)
    {
        if (logs.TryGetValue(conversationId, out var log))
        {
            lock (log)
            {
                log.Publish(DirectLineStreamSignal.Opened(streamId));
            }
        }

        return Task.CompletedTask;
    }

    private sealed class ConversationLog
    {
        public List<Activity> Activities { get; } = [];

        public List<Action<DirectLineStreamSignal>> Listeners { get; } = [];

        public long LastSequence { get; set; }

        /// <summary>Called under the log's lock, so every listener sees signals in one order, as Redis pub/sub gives.</summary>
        public void Publish(DirectLineStreamSignal signal)
        {
            foreach (var listener in Listeners)
            {
                listener(signal);
            }
        }
    }

    private sealed class Subscription(ConversationLog log, Action<DirectLineStreamSignal> listener) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            lock (log)
            {
                log.Listeners.Remove(listener);
            }

            return ValueTask.CompletedTask;
        }
    }
}
