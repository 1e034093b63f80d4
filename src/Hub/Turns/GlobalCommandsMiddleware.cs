using ContactHub.Channels;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Hub.Bot;
using ContactHub.Hub.Desk;
using ContactHub.Hub.State;

namespace ContactHub.Hub.Turns;

/// <summary>
/// 菜单/menu, 取消/cancel, 帮助/help and 人工/agent mean the same thing wherever the customer is in a dialog. Each is
/// understood input, so it ends a run of messages the bot could not understand (Desk:RecognizerFailuresBeforeHandoff).
/// </summary>
public sealed class GlobalCommandsMiddleware(BotDialogs dialogs, HandoffService handoff) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken cancellationToken)
    {
        var command = turn.State.Mode == ConversationMode.Bot && turn.Activity.Type == ActivityTypes.Message
            ? GlobalCommandParser.Parse(turn.Activity.Text)
            : GlobalCommand.None;
        if (command != GlobalCommand.None)
        {
            turn.State.RecognizerFailures = 0;
        }

        switch (command)
        {
            case GlobalCommand.Menu:
                await DialogRunner.BeginAsync(dialogs.Set, dialogs.RootId, options: null, turn, turn.State.Dialogs, cancellationToken);
                break;
            case GlobalCommand.Cancel:
                await DialogRunner.CancelAllAsync(dialogs.Set, turn, turn.State.Dialogs, cancellationToken);
                await ReplyAsync(turn, nameof(Strings.Cancelled), cancellationToken);
                break;
            case GlobalCommand.Help:
                await ReplyAsync(turn, nameof(Strings.Help), cancellationToken);
                break;
            case GlobalCommand.Agent:
                await handoff.QueueInTurnAsync(turn, "customer-request", summary: null, cancellationToken);
                break;
            default:
                await next(turn, cancellationToken);
                break;
        }
    }

    private static Task ReplyAsync(TurnContext turn, string name, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(Activity.CreateMessage(Strings.Get(name, turn.Locale)), cancellationToken);
}
