using ContactHub.Channels;

namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// What a dialog sees of one turn: the inbound activity and a way to reply. The Hub's turn pipeline implements it;
/// replies are collected and delivered through the customer's own channel after the turn's state is saved.
/// </summary>
public interface ITurnContext
{
    Activity Activity { get; }

    ConversationKey Key { get; }

    /// <summary>"zh-CN" (the default) or "en".</summary>
    string Locale { get; }

    Task SendActivityAsync(Activity activity, CancellationToken cancellationToken);
}
