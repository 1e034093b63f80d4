using ContactHub.Channels;
using ContactHub.Dialogs.Runtime;

namespace ContactHub.Benchmarks.Booking;

/// <summary>One customer message and the replies the dialogs send to it.</summary>
public sealed class BenchmarkTurn(ConversationKey key, Activity activity) : ITurnContext
{
    public Activity Activity { get; } = activity;

    public ConversationKey Key { get; } = key;

    public string Locale => "zh-CN";

    public List<Activity> Replies { get; } = [];

    public Task SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        Replies.Add(activity);
        return Task.CompletedTask;
    }
}
