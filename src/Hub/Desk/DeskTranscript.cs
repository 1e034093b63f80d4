using ContactHub.Channels;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Desk;

/// <summary>Reads a conversation's transcript and records what the desk sends outside a turn.</summary>
public sealed class DeskTranscript(IDbContextFactory<RecordsDbContext> records, TranscriptWriter writer, TimeProvider clock)
{
    public async Task AppendAsync(ConversationKey key, Activity activity, ChannelSendResult result, CancellationToken cancellationToken)
    {
        // Through the turns' queue, so an agent's line lands after the customer's rows still queued (issue 8).
        await writer.EnqueueAsync([new TranscriptEntry
        {
            Channel = key.Channel,
            UserId = key.UserId,
            ActivityId = activity.Id,
            Direction = TranscriptDirection.Outbound,
            Type = activity.Type,
            Text = activity.Text,
            Locale = activity.Locale,
            At = clock.GetUtcNow(),
            DeliveryStatus = result.Accepted ? "accepted" : $"failed: {result.Error}",
        }], cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }

    public async Task<List<TranscriptEntry>> ReadAsync(ConversationKey key, int last, CancellationToken cancellationToken)
    {
        await writer.FlushAsync(cancellationToken);
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        var entries = await db.Transcript.AsNoTracking()
            .Where(t => t.Channel == key.Channel && t.UserId == key.UserId)
            .OrderByDescending(t => t.Id).Take(last).ToListAsync(cancellationToken);
        entries.Reverse();
        return entries;
    }
}
