using ContactHub.Channels;

namespace ContactHub.Hub.Sms;

/// <summary>
/// The reply texts of the last numbered suggested actions a number was sent ("回复 1 预约 / 2 稍后提醒"), so that a reply
/// of just "1" is read as the action (issue 5). Kept with the sender, read by the webhook before the turn.
/// </summary>
public interface ISmsMenuStore
{
    /// <summary>Replaces the remembered actions; an empty list forgets them (the latest message has no menu).</summary>
    Task SetAsync(ConversationKey key, IReadOnlyList<string> replyTexts, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> GetAsync(ConversationKey key, CancellationToken cancellationToken);
}
