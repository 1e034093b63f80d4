using ContactHub.Channels;

namespace ContactHub.Hub.Outbound;

/// <summary>
/// Sends a turn's replies one after another and stops at the first failure: the customer reads them in arrival
/// order, so sending the next one after a failed one would reorder the turn. The rest are marked retryable.
/// </summary>
public static class OrderedSend
{
    public static async Task<List<ChannelSendResult>> SendAsync(
        IReadOnlyList<Activity> activities,
        Func<Activity, CancellationToken, Task<ChannelSendResult>> sendOne,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(sendOne);
        var results = new List<ChannelSendResult>(activities.Count);
        foreach (var activity in activities)
        {
            results.Add(results.Count > 0 && !results[^1].Accepted
                ? ChannelSendResult.Failed("not sent: an earlier reply of this turn failed", permanent: false)
                : await sendOne(activity, cancellationToken));
        }

        return results;
    }
}
