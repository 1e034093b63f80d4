using ContactHub.Channels;
using ContactHub.Dialogs.Ports;
using ContactHub.Hub.State;
using ContactHub.Hub.Turns;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Desk;

/// <summary>
/// Puts conversations in the agent queue (the <see cref="IHandoff"/> port) and tells the customer where they stand.
/// Inside a turn it changes that turn's state, which the turn saves with compare-and-set; outside a turn (a job, a
/// desk) it takes the conversation's turn lock and does the same.
/// </summary>
public sealed class HandoffService(
    CurrentTurn current,
    IDeskIndex index,
    IDeskPresence presence,
    QueueNotice notice,
    DeskTranscript transcript,
    DeskConversations conversations,
    DeskOutbound outbound,
    DeskNotifier notifier,
    TimeProvider clock,
    IOptions<DeskOptions> options) : IHandoff
{
    public async Task RequestAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = new ConversationKey(request.ChannelId, request.UserId);
        if (current.Turn is { } turn && turn.Key == key)
        {
            await QueueInTurnAsync(turn, request.Reason, request.Summary, cancellationToken);
            return;
        }

        string? locale = null;
        var queued = await conversations.ChangeAsync(key, async state =>
        {
            if (state.Mode != ConversationMode.Bot)
            {
                return false;
            }

            var history = await transcript.ReadAsync(key, 10, cancellationToken);
            Queue(state, request.Reason, request.Summary ?? ConversationSummary.Build(history, current: null));
            await index.QueueAsync(key, state.Handoff!.RequestedAt, cancellationToken);
            locale = TurnLocale.Resolve(null, state.Locale);
            return true;
        }, cancellationToken);
        if (queued)
        {
            await outbound.SendAsync(key, await NoticeAsync(key, locale!, cancellationToken), locale, agent: null, cancellationToken);
            await notifier.ConversationChangedAsync(key, cancellationToken);
        }
    }

    /// <summary>Queues the turn's conversation and tells the customer; a conversation already queued gets its position again.</summary>
    public async Task QueueInTurnAsync(TurnContext turn, string reason, string? summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.State.Mode != ConversationMode.Bot)
        {
            await RemindAsync(turn, force: true, cancellationToken);
            return;
        }

        var history = await transcript.ReadAsync(turn.Key, 10, cancellationToken);
        Queue(turn.State, reason, summary ?? ConversationSummary.Build(history, turn.Activity.Text));
        await index.QueueAsync(turn.Key, turn.State.Handoff!.RequestedAt, cancellationToken);
        await turn.SendActivityAsync(Activity.CreateMessage(await NoticeAsync(turn.Key, turn.Locale, cancellationToken)), cancellationToken);
        // The dialog that asked may go on (back to the menu, "connecting you…"); the queue notice is the bot's last word.
        turn.Silence();
    }

    /// <summary>A queued customer who writes again hears their position, at most once per Desk:NoticeInterval.</summary>
    public async Task RemindAsync(TurnContext turn, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var handoff = turn.State.Handoff;
        var now = clock.GetUtcNow();
        if (turn.State.Mode != ConversationMode.Queued || handoff is null
            || (!force && handoff.LastNoticeAt is { } last && now - last < options.Value.NoticeInterval))
        {
            return;
        }

        handoff.LastNoticeAt = now;
        await turn.SendActivityAsync(Activity.CreateMessage(await NoticeAsync(turn.Key, turn.Locale, cancellationToken)), cancellationToken);
    }

    private void Queue(ConversationState state, string reason, string summary)
    {
        var now = clock.GetUtcNow();
        state.Mode = ConversationMode.Queued;
        state.Dialogs = new();
        state.RecognizerFailures = 0;
        state.Handoff = new HandoffState { Reason = reason, Summary = summary, RequestedAt = now, LastNoticeAt = now };
    }

    private async Task<string> NoticeAsync(ConversationKey key, string locale, CancellationToken cancellationToken)
    {
        var position = await index.PositionAsync(key, cancellationToken);
        var online = await presence.OnlineAsync(cancellationToken);
        return await notice.TextAsync(locale, position, online.Count, cancellationToken);
    }
}
