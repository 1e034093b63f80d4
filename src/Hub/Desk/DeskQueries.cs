using ContactHub.Channels;
using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Records;
using ContactHub.Hub.State;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Desk;

/// <summary>What desk pages read. Every row is checked against the conversation's stored state, which is the truth.</summary>
public sealed class DeskQueries(
    IDeskIndex index,
    IDeskPresence presence,
    DeskConversations conversations,
    DeskTranscript transcript,
    CustomerPanels panels,
    IDbContextFactory<RecordsDbContext> records,
    TranscriptWriter writer,
    TimeProvider clock)
{
    /// <summary>Every queued conversation, and those with an agent: the user's own, or all of them for a supervisor.</summary>
    public async Task<IReadOnlyList<DeskQueueItem>> QueueAsync(DeskUser user, CancellationToken cancellationToken)
    {
        var items = new List<DeskQueueItem>();
        var now = clock.GetUtcNow();
        var entries = (await index.QueuedAsync(cancellationToken)).Concat(await index.ActiveAsync(cancellationToken));
        foreach (var entry in entries)
        {
            var state = await conversations.ReadAsync(entry.Key, cancellationToken);
            if (state.Handoff is not { } handoff || !CanRead(user, state))
            {
                continue;
            }

            var customer = await panels.FindCustomerAsync(entry.Key, cancellationToken);
            items.Add(new DeskQueueItem(
                entry.Key.Channel, entry.Key.UserId, Mode(state.Mode), handoff.Reason, handoff.Summary, handoff.Agent, customer?.Name,
                handoff.RequestedAt, (long)(now - handoff.RequestedAt).TotalSeconds));
        }

        return items;
    }

    /// <returns>Null when the user may not read it: neither queued nor theirs, and they are not a supervisor (issue 6).</returns>
    public async Task<DeskConversationView?> ConversationAsync(DeskUser user, ConversationKey key, CancellationToken cancellationToken)
    {
        var state = await conversations.ReadAsync(key, cancellationToken);
        if (!CanRead(user, state))
        {
            return null;
        }

        var lines = (await transcript.ReadAsync(key, 200, cancellationToken)).Select(t =>
        {
            var agent = DeskOutbound.AgentOf(t.ActivityId);
            var from = t.Direction == TranscriptDirection.Inbound ? "customer" : agent is null ? "bot" : "agent";
            return new DeskTranscriptLine(t.Id, from, agent, t.Text, t.At, t.DeliveryStatus);
        });
        return new DeskConversationView(
            key.Channel, key.UserId, Mode(state.Mode), state.Handoff?.Reason, state.Handoff?.Summary, state.Handoff?.Agent, state.Locale,
            await panels.BuildAsync(key, cancellationToken), [.. lines]);
    }

    public async Task<IReadOnlyList<DeskAgentView>> AgentsAsync(CancellationToken cancellationToken)
    {
        var online = await presence.OnlineAsync(cancellationToken);
        var load = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in await index.ActiveAsync(cancellationToken))
        {
            if ((await conversations.ReadAsync(entry.Key, cancellationToken)) is { Mode: ConversationMode.Agent, Handoff.Agent: { } owner })
            {
                load[owner] = load.GetValueOrDefault(owner) + 1;
            }
        }

        await using var db = await records.CreateDbContextAsync(cancellationToken);
        var agents = await db.Agents.AsNoTracking().Where(a => a.Active).OrderBy(a => a.UserName).ToListAsync(cancellationToken);
        return [.. agents.Select(a => new DeskAgentView(a.UserName, a.DisplayName, a.Role, online.Contains(a.UserName), load.GetValueOrDefault(a.UserName)))];
    }

    /// <summary>
    /// Conversations with recent messages, newest first. A supervisor sees them all, whoever answers them; an agent sees
    /// those the bot is handling, which they may pick (issue 6): queued ones are in the queue, and other agents' are theirs.
    /// </summary>
    public async Task<IReadOnlyList<DeskQueueItem>> LiveAsync(DeskUser user, CancellationToken cancellationToken)
    {
        await writer.FlushAsync(cancellationToken);
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        // By id rather than by time: SQLite keeps the transcript's timestamps as text, which EF cannot order in SQL.
        var recent = await db.Transcript.AsNoTracking().OrderByDescending(t => t.Id).Take(500).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var items = new List<DeskQueueItem>();
        foreach (var conversation in recent.GroupBy(t => (t.Channel, t.UserId)).Take(50))
        {
            var key = new ConversationKey(conversation.Key.Channel, conversation.Key.UserId);
            var state = await conversations.ReadAsync(key, cancellationToken);
            if (!user.SeesEverything && state.Mode != ConversationMode.Bot)
            {
                continue;
            }

            var last = conversation.Max(t => t.At);
            var summary = state.Handoff?.Summary ?? ConversationSummary.Build(conversation.OrderBy(t => t.Id), current: null);
            items.Add(new DeskQueueItem(
                key.Channel, key.UserId, Mode(state.Mode), state.Handoff?.Reason ?? "", summary, state.Handoff?.Agent, null,
                last, (long)(now - last).TotalSeconds));
        }

        return items;
    }

    public static bool CanRead(DeskUser user, ConversationState state) =>
        user.SeesEverything
        || state.Mode == ConversationMode.Queued
        || (state.Mode == ConversationMode.Agent && state.Handoff?.Agent == user.UserName);

    private static string Mode(ConversationMode mode) => mode.ToString().ToLowerInvariant();
}
