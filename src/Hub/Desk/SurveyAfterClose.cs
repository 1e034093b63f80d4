using ContactHub.Channels;
using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Runtime;
using ContactHub.Hub.Bot;
using ContactHub.Hub.State;
using ContactHub.Hub.Turns;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Desk;

/// <summary>
/// When an agent closes a conversation with an outcome in Desk:SurveyAfterClose, the bot takes it back by beginning
/// <see cref="SatisfactionSurveyDialog"/> in the conversation's own dialog state, in a turn the desk runs: the
/// customer's next message is then the survey's answer. A customer the records do not know gets no survey (it
/// could not be stored).
/// </summary>
public sealed class SurveyAfterClose(BotDialogs dialogs, ICustomerDirectory customers, CurrentTurn current, IOptions<DeskOptions> options)
{
    /// <summary>The event that starts the desk's turn; it is never sent or stored.</summary>
    public const string EventName = "desk.closed";

    private static readonly ChannelAccount Bot = new() { Id = "contacthub", Role = "bot" };

    public bool Applies(CloseOutcome outcome) => options.Value.SurveyAfterClose.GetValueOrDefault(outcome);

    /// <summary>Begins the survey in <paramref name="state"/> (already back with the bot) and returns what to send once it is saved.</summary>
    public async Task<IReadOnlyList<Activity>> BeginAsync(ConversationKey key, ConversationState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (await customers.FindByChannelIdentityAsync(key.Channel, key.UserId, cancellationToken) is not { } customer)
        {
            return [];
        }

        var turn = new TurnContext(key, Trigger(key, state.Locale)) { State = state };
        var outer = current.Turn;
        current.Turn = turn; // a low score's handoff inside the survey changes this state, not the lock's
        try
        {
            var survey = new SatisfactionSurveyValues { Kind = SurveyKind.Service, CustomerId = customer.Id };
            await DialogRunner.BeginAsync(dialogs.Set, nameof(SatisfactionSurveyDialog), survey, turn, state.Dialogs, cancellationToken);
        }
        finally
        {
            current.Turn = outer;
        }

        return turn.Replies;
    }

    private static Activity Trigger(ConversationKey key, string? locale) => new()
    {
        Type = ActivityTypes.Event,
        Name = EventName,
        ChannelId = key.Channel,
        From = new ChannelAccount { Id = key.UserId, Role = "user" },
        Recipient = Bot,
        Conversation = new ConversationAccount { Id = key.UserId },
        Locale = locale,
    };
}
