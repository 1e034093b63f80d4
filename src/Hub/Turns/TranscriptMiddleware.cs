using ContactHub.Channels;
using ContactHub.Hub.Records;
using ContactHub.Hub.State;

namespace ContactHub.Hub.Turns;

/// <summary>
/// Records every inbound and outbound message of a turn, with each reply's delivery status. The rows are queued for
/// <see cref="TranscriptWriter"/> rather than inserted inside the conversation's lock (issue 8), except for a
/// conversation queued for or with an agent: the desk is told about the turn right after this returns
/// (DeskRelayMiddleware), so there the rows are stored first.
/// </summary>
public sealed class TranscriptMiddleware(TranscriptWriter writer, TimeProvider clock) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken cancellationToken)
    {
        await next(turn, cancellationToken);
        if (turn.Activity.Type is not (ActivityTypes.Message or ActivityTypes.Event) && turn.Replies.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var entries = new TranscriptEntry[turn.Replies.Count + 1];
        entries[0] = Entry(turn.Key, turn.Activity, TranscriptDirection.Inbound, turn.Activity.Timestamp ?? now, status: null);
        for (var i = 0; i < turn.Replies.Count; i++)
        {
            var delivery = i < turn.Deliveries.Count ? turn.Deliveries[i] : null;
            entries[i + 1] = Entry(turn.Key, turn.Replies[i], TranscriptDirection.Outbound, now, Status(delivery));
        }

        // The turn has happened (state saved, replies sent), so a caller giving up must not lose its record.
        await writer.EnqueueAsync(entries, CancellationToken.None);
        if (turn.State.Mode != ConversationMode.Bot)
        {
            await writer.FlushAsync(CancellationToken.None);
        }
    }

    private static string Status(ChannelSendResult? delivery) => delivery switch
    {
        null => "not-sent",
        { Accepted: true } => "accepted",
        { Permanent: true } => $"failed: {delivery.Error}",
        _ => $"failed (retryable): {delivery.Error}",
    };

    private static TranscriptEntry Entry(ConversationKey key, Activity activity, TranscriptDirection direction, DateTimeOffset at, string? status) => new()
    {
        Channel = key.Channel,
        UserId = key.UserId,
        ActivityId = activity.Id,
        Direction = direction,
        Type = activity.Type,
        Text = activity.Text,
        Locale = activity.Locale,
        At = at,
        DeliveryStatus = status,
    };
}
