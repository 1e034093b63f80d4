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

    /// <summary>
    /// Dialogs say whether the bot understood the customer's message: false for the recognizer's None at the main
    /// menu or a prompt that gave up after its retries, true for a message it acted on. The last word of a turn
    /// counts; the Hub hands the conversation to an agent after Desk:RecognizerFailuresBeforeHandoff misses in a row
    /// (issue 6). A host that does not count ignores it.
    /// </summary>
    void NoteUnderstanding(bool understood)
    {
    }
}
