using ContactHub.Channels;
using ContactHub.Dialogs.Resources;
using ContactHub.Hub.Api;
using ContactHub.Hub.Records;
using ContactHub.Hub.State;
using ContactHub.Hub.Turns;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Desk;

/// <summary>What agents do to a conversation: claim, reply, transfer, close, take over. Each one is audited and pushed to every desk page.</summary>
public sealed class DeskActions(
    DeskConversations conversations,
    IDeskIndex index,
    DeskOutbound outbound,
    DeskAudit audit,
    DeskNotifier notifier,
    SurveyAfterClose surveyAfterClose,
    IDbContextFactory<RecordsDbContext> records,
    TimeProvider clock)
{
    /// <summary>Exactly one of several agents claiming the same queued conversation at once wins; the others get <see cref="DeskActionResult.TakenByAnother"/>.</summary>
    public async Task<DeskActionResult> ClaimAsync(DeskUser user, ConversationKey key, CancellationToken cancellationToken)
    {
        var result = DeskActionResult.NotInQueue;
        string? locale = null;
        await conversations.ChangeAsync(key, state =>
        {
            result = state switch
            {
                { Mode: ConversationMode.Queued } => DeskActionResult.Done,
                { Mode: ConversationMode.Agent } when state.Handoff?.Agent == user.UserName => DeskActionResult.Done,
                { Mode: ConversationMode.Agent } => DeskActionResult.TakenByAnother,
                _ => DeskActionResult.NotInQueue,
            };
            var claims = state.Mode == ConversationMode.Queued;
            if (claims)
            {
                Own(state, user, reason: null);
                locale = TurnLocale.Resolve(null, state.Locale);
            }

            return Task.FromResult(claims);
        }, cancellationToken);
        if (locale is not null)
        {
            await AfterOwnerChangeAsync(user, "claim", key, detail: null, cancellationToken);
            await outbound.SendAsync(key, Strings.AgentJoined(locale, user.DisplayName), locale, user, cancellationToken);
        }

        return result;
    }

    public async Task<DeskActionResult> ReplyAsync(DeskUser user, ConversationKey key, string text, CancellationToken cancellationToken)
    {
        (string ActivityId, ChannelSendResult Result)? sent = null;
        // Sent under the turn lock, so a reply never crosses a close or a transfer running on another instance.
        await conversations.ChangeAsync(key, async state =>
        {
            if (state.Mode == ConversationMode.Agent && state.Handoff?.Agent == user.UserName)
            {
                sent = await outbound.SendAsync(key, text, state.Locale, user, cancellationToken);
            }

            return false;
        }, cancellationToken);
        if (sent is not { } reply)
        {
            return DeskActionResult.Forbidden;
        }

        await audit.WriteAsync(user.UserName, "reply", key, $"{reply.ActivityId} {(reply.Result.Accepted ? "accepted" : reply.Result.Error)}: {text}", cancellationToken);
        await notifier.ConversationChangedAsync(key, cancellationToken);
        return reply.Result.Accepted ? DeskActionResult.Done : DeskActionResult.SendFailed;
    }

    /// <summary>The owner, or a supervisor (reassigning), hands the conversation to another active agent.</summary>
    public async Task<DeskActionResult> TransferAsync(DeskUser user, ConversationKey key, string toAgent, CancellationToken cancellationToken)
    {
        await using (var db = await records.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.Agents.AnyAsync(a => a.UserName == toAgent && a.Active, cancellationToken))
            {
                return DeskActionResult.NoSuchAgent;
            }
        }

        var result = DeskActionResult.Forbidden;
        await conversations.ChangeAsync(key, state =>
        {
            var allowed = state.Mode != ConversationMode.Bot && (state.Handoff?.Agent == user.UserName || user.SeesEverything);
            if (allowed)
            {
                Own(state, new DeskUser(toAgent, toAgent, DeskRoles.Agent), reason: null);
                result = DeskActionResult.Done;
            }

            return Task.FromResult(allowed);
        }, cancellationToken);
        if (result == DeskActionResult.Done)
        {
            await AfterOwnerChangeAsync(user, "transfer", key, $"to {toAgent}", cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Picks a conversation from the live list (issue 6). An agent may pick only one the bot is handling: a queued one is
    /// claimed instead, and another agent's is theirs. A supervisor takes any conversation. Decided and saved under the
    /// conversation's lock, so of several agents picking at once exactly one wins; the others see its new owner. The
    /// customer is told who joined, as when an agent claims from the queue, unless they were already talking to them.
    /// </summary>
    public async Task<DeskActionResult> TakeOverAsync(DeskUser user, ConversationKey key, CancellationToken cancellationToken)
    {
        string? previous = null;
        string? locale = null;
        var taken = await conversations.ChangeAsync(key, state =>
        {
            if (!MayTakeOver(user, state))
            {
                return Task.FromResult(false);
            }

            previous = state.Mode == ConversationMode.Agent ? state.Handoff?.Agent : state.Mode.ToString();
            locale = previous == user.UserName ? null : TurnLocale.Resolve(null, state.Locale);
            Own(state, user, reason: "picked-by-agent");
            return Task.FromResult(true);
        }, cancellationToken);
        if (!taken)
        {
            return DeskActionResult.Forbidden;
        }

        await AfterOwnerChangeAsync(user, "take-over", key, $"from {previous}", cancellationToken);
        if (locale is not null)
        {
            await outbound.SendAsync(key, Strings.AgentJoined(locale, user.DisplayName), locale, user, cancellationToken);
        }

        return DeskActionResult.Done;
    }

    public static bool MayTakeOver(DeskUser user, ConversationState state) =>
        user.SeesEverything || state.Mode == ConversationMode.Bot;

    /// <summary>
    /// Returns the conversation to the bot. When the outcome calls for it (<see cref="DeskOptions.SurveyAfterClose"/>),
    /// the bot begins the satisfaction survey in the same change, and its first question leaves once that is saved.
    /// </summary>
    public async Task<DeskActionResult> CloseAsync(DeskUser user, ConversationKey key, CloseOutcome outcome, CancellationToken cancellationToken)
    {
        var closed = false;
        var locale = TurnLocale.Resolve(null, null);
        IReadOnlyList<Activity> survey = [];
        await conversations.ChangeAsync(key, async state =>
        {
            closed = state.Mode != ConversationMode.Bot && (state.Handoff?.Agent == user.UserName || user.SeesEverything);
            if (closed)
            {
                locale = TurnLocale.Resolve(null, state.Locale);
                state.Mode = ConversationMode.Bot;
                state.Handoff = null;
                state.Dialogs = new();
                state.RecognizerFailures = 0;
                survey = surveyAfterClose.Applies(outcome) ? await surveyAfterClose.BeginAsync(key, state, cancellationToken) : [];
            }

            return closed;
        }, afterSave: async () =>
        {
            await outbound.SendAsync(key, Strings.DeskClosed(locale), locale, agent: null, cancellationToken);
            await outbound.SendBotRepliesAsync(key, survey, cancellationToken);
        }, cancellationToken);
        if (!closed)
        {
            return DeskActionResult.Forbidden;
        }

        await index.RemoveAsync(key, cancellationToken);
        await audit.WriteAsync(user.UserName, "close", key, ApiNames.Of(outcome), cancellationToken);
        await notifier.ConversationChangedAsync(key, cancellationToken);
        return DeskActionResult.Done;
    }

    private void Own(ConversationState state, DeskUser owner, string? reason)
    {
        var now = clock.GetUtcNow();
        state.Handoff ??= new HandoffState { Reason = reason ?? "picked-by-agent", RequestedAt = now };
        state.Mode = ConversationMode.Agent;
        state.Handoff.Agent = owner.UserName;
        state.Handoff.ClaimedAt = now;
    }

    private async Task AfterOwnerChangeAsync(DeskUser user, string action, ConversationKey key, string? detail, CancellationToken cancellationToken)
    {
        await index.ActivateAsync(key, clock.GetUtcNow(), cancellationToken);
        await audit.WriteAsync(user.UserName, action, key, detail, cancellationToken);
        await notifier.ConversationChangedAsync(key, cancellationToken);
    }
}
