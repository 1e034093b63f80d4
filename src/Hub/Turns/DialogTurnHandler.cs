using ContactHub.Channels;
using ContactHub.Dialogs.Runtime;
using ContactHub.Hub.Bot;
using ContactHub.Hub.Desk;
using ContactHub.Hub.State;

namespace ContactHub.Hub.Turns;

/// <summary>
/// The end of the pipeline: the bot's dialogs answer, unless the conversation is queued for or with an agent. Then
/// the bot stays silent (the desk relays the message), apart from telling a waiting customer their place in line.
/// </summary>
public sealed class DialogTurnHandler(BotDialogs dialogs, HandoffService handoff)
{
    /// <summary>Two messages in a row the bot could not understand send the conversation to an agent (issue 6).</summary>
    public const int RecognizerFailuresBeforeHandoff = 2;

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
        if (turn.State.RecognizerFailures >= RecognizerFailuresBeforeHandoff)
        {
            await handoff.QueueInTurnAsync(turn, "bot-not-understood", summary: null, cancellationToken);
        }
    }
}
