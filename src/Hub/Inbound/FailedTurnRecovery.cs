using ContactHub.Channels;
using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Inbound;

/// <summary>
/// What happens to a customer's message whose detached turn failed after the webhook had already answered (WeChat
/// <c>success</c>, an empty TwiML response): the channel will not deliver it again, so without this it would vanish.
/// <para>
/// A contact center wants such a message in front of a person, not silently re-run: re-running a turn that failed
/// half way can send the same replies twice or book the same slot twice, and a failure that is not transient fails
/// again. So the message is written to the transcript (marked, when the turn did not get that far) and the
/// conversation is put in the agent queue with the message as the summary; the desk tells the customer they are
/// queued. If even that fails, the error log names the delivery and carries the text, so nothing is lost unseen.
/// </para>
/// </summary>
public sealed class FailedTurnRecovery(
    IDbContextFactory<RecordsDbContext> records,
    IEnumerable<IHandoff> handoffs,
    TimeProvider clock,
    ILogger<FailedTurnRecovery> logger)
{
    public const string HandoffReason = "bot-turn-failed";

    /// <summary>The DeliveryStatus of an inbound transcript row whose turn failed (inbound rows otherwise have none).</summary>
    public const string TurnFailedStatus = "turn failed; handed to an agent";

    public async Task RecoverAsync(ConversationKey key, Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            await RecordAsync(key, message, cancellationToken);
            if (handoffs.FirstOrDefault() is { } handoff)
            {
                await handoff.RequestAsync(new HandoffRequest(key.Channel, key.UserId, HandoffReason, message.Text), cancellationToken);
            }

            logger.LogError(
                "The turn for {Channel} delivery {DeliveryId} failed after the webhook was answered; the message is in the transcript and the conversation is queued for an agent",
                key.Channel, message.Id);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            logger.LogCritical(
                ex, "The turn for {Channel} delivery {DeliveryId} failed and could not be handed to an agent; the customer's message was: {Text}",
                key.Channel, message.Id, message.Text);
        }
    }

    private async Task RecordAsync(ConversationKey key, Activity message, CancellationToken cancellationToken)
    {
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        if (message.Id is { } id && await db.Transcript.AnyAsync(
                t => t.Channel == key.Channel && t.UserId == key.UserId && t.ActivityId == id && t.Direction == TranscriptDirection.Inbound,
                cancellationToken))
        {
            return; // the turn got as far as its transcript row
        }

        db.Transcript.Add(new TranscriptEntry
        {
            Channel = key.Channel,
            UserId = key.UserId,
            ActivityId = message.Id,
            Direction = TranscriptDirection.Inbound,
            Type = message.Type,
            Text = message.Text,
            Locale = message.Locale,
            At = message.Timestamp ?? clock.GetUtcNow(),
            DeliveryStatus = TurnFailedStatus,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
