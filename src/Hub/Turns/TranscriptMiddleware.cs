using ContactHub.Channels;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Turns;

/// <summary>Stores every inbound and outbound message of a turn in the records database, with each reply's delivery status.</summary>
public sealed class TranscriptMiddleware(IDbContextFactory<RecordsDbContext> records, TimeProvider clock) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken cancellationToken)
    {
        await next(turn, cancellationToken);
        if (turn.Activity.Type is not (ActivityTypes.Message or ActivityTypes.Event) && turn.Replies.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        db.Transcript.Add(Entry(turn.Key, turn.Activity, TranscriptDirection.Inbound, turn.Activity.Timestamp ?? now, status: null));
        for (var i = 0; i < turn.Replies.Count; i++)
        {
            var delivery = i < turn.Deliveries.Count ? turn.Deliveries[i] : null;
            db.Transcript.Add(Entry(turn.Key, turn.Replies[i], TranscriptDirection.Outbound, now, Status(delivery)));
        }

        await db.SaveChangesAsync(cancellationToken);
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
