using ContactHub.Channels;
using ContactHub.Hub.Outbound;

namespace ContactHub.Hub.Desk;

/// <summary>
/// Sends what the desk says outside a customer's turn (an agent's reply, the survey invitation) through the one
/// outbound path, <see cref="OutboundDispatcher"/>, to the customer's own channel, and records it in the transcript.
/// An agent's message carries the activity id "agent:{user name}:{guid}", which is how the transcript tells it from the bot's.
/// </summary>
public sealed class DeskOutbound(OutboundDispatcher dispatcher, DeskTranscript transcript, TimeProvider clock)
{
    public const string AgentIdPrefix = "agent:";

    private static readonly ChannelAccount Bot = new() { Id = "contacthub", Role = "bot" };

    /// <param name="agent">The agent who wrote it, or null when the bot speaks.</param>
    public async Task<(string ActivityId, ChannelSendResult Result)> SendAsync(
        ConversationKey key, string text, string? locale, DeskUser? agent, CancellationToken cancellationToken)
    {
        var activity = Activity.CreateMessage(text, locale) with
        {
            Id = agent is null ? $"desk-{Guid.NewGuid():N}" : $"{AgentIdPrefix}{agent.UserName}:{Guid.NewGuid():N}",
            ChannelId = key.Channel,
            From = agent is null ? Bot : Bot with { Name = agent.DisplayName },
            Recipient = new ChannelAccount { Id = key.UserId, Role = "user" },
            Conversation = new ConversationAccount { Id = key.UserId },
            Timestamp = clock.GetUtcNow(),
        };
        var result = await dispatcher.SendAsync(key, activity, cancellationToken);
        await transcript.AppendAsync(key, activity, result, cancellationToken);
        return (activity.Id, result);
    }

    /// <summary>Sends what the bot said in a turn the desk ran (the survey after a close), in order, and records each line.</summary>
    public async Task SendBotRepliesAsync(ConversationKey key, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        // Not a reply to an inbound message: no channel may answer it passively.
        var activities = replies.Select(r => r with { Id = r.Id ?? $"desk-{Guid.NewGuid():N}", ReplyToId = null, Timestamp = clock.GetUtcNow() }).ToList();
        var results = await dispatcher.SendTurnAsync(key, activities, cancellationToken);
        for (var i = 0; i < activities.Count; i++)
        {
            await transcript.AppendAsync(key, activities[i], results[i], cancellationToken);
        }
    }

    /// <summary>The agent's user name when the activity id says an agent wrote it.</summary>
    public static string? AgentOf(string? activityId)
    {
        if (activityId is null || !activityId.StartsWith(AgentIdPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = activityId.LastIndexOf(':');
        return end > AgentIdPrefix.Length ? activityId[AgentIdPrefix.Length..end] : null;
    }
}
