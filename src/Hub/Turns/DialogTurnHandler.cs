using ContactHub.Channels;
using ContactHub.Dialogs.Runtime;
using ContactHub.Hub.Bot;
using ContactHub.Hub.State;

namespace ContactHub.Hub.Turns;

/// <summary>The end of the pipeline: the bot's dialogs answer, unless the conversation is queued for or with an agent.</summary>
public sealed class DialogTurnHandler(BotDialogs dialogs)
{
    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.State.Mode != ConversationMode.Bot || turn.Activity.Type is not (ActivityTypes.Message or ActivityTypes.Event))
        {
            return;
        }

        await DialogRunner.RunAsync(dialogs.Set, dialogs.RootId, turn, turn.State.Dialogs, cancellationToken);
    }
}
