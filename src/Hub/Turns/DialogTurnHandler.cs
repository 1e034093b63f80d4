using ContactHub.Channels;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Hub.Bot;
using ContactHub.Hub.Desk;
using ContactHub.Hub.State;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Turns;

/// <summary>
/// The end of the pipeline: the bot's dialogs answer, unless the conversation is queued for or with an agent. Then
/// the bot stays silent (the desk relays the message), apart from telling a waiting customer their place in line.
/// </summary>
public sealed class DialogTurnHandler(BotDialogs dialogs, HandoffService handoff, IOptions<DeskOptions> options)
{
    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type is not (ActivityTypes.Message or ActivityTypes.Event))
        {
            return;
        }

        if (turn.State.Mode != ConversationMode.Bot)
        {
            await handoff.RemindAsync(turn, force: false, cancellationToken);
            return;
        }

        await DialogRunner.RunAsync(dialogs.Set, dialogs.RootId, turn, turn.State.Dialogs, cancellationToken);
        await EscalateWhenNotUnderstoodAsync(turn, cancellationToken);
    }

    /// <summary>
    /// Desk:RecognizerFailuresBeforeHandoff messages in a row that the bot could not understand (issue 6) send the
    /// conversation to an agent; an understood message starts the count again. The bot's own "didn't get that" of
    /// this turn gives way to saying so and the queue notice.
    /// </summary>
    private async Task EscalateWhenNotUnderstoodAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Understood is { } understood)
        {
            turn.State.RecognizerFailures = understood ? 0 : turn.State.RecognizerFailures + 1;
        }

        var limit = options.Value.RecognizerFailuresBeforeHandoff;
        if (limit <= 0 || turn.State.Mode != ConversationMode.Bot || turn.State.RecognizerFailures < limit)
        {
            return;
        }

        turn.DiscardReplies();
        await turn.SendActivityAsync(Activity.CreateMessage(Strings.HandoffNotUnderstood(turn.Locale)), cancellationToken);
        await handoff.QueueInTurnAsync(turn, "bot-not-understood", summary: null, cancellationToken);
    }
}
