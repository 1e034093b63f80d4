using ContactHub.Channels;

namespace ContactHub.Dialogs.Runtime;

public static class TurnContextExtensions
{
    /// <summary>Replies with plain text along the conversation the message came in on, in the turn's locale.</summary>
    public static Task SendTextAsync(this ITurnContext turn, string text, CancellationToken cancellationToken) =>
        SendTextAsync(turn, text, suggestedActions: null, cancellationToken);

    public static Task SendTextAsync(this ITurnContext turn, string text, SuggestedActions? suggestedActions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.SendActivityAsync(turn.Activity.CreateReply(text, turn.Locale, suggestedActions), cancellationToken);
    }
}
