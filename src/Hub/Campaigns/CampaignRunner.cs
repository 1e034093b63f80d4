using System.Text.Json;
using ContactHub.Hub.Campaigns.Planning;
using ContactHub.Hub.Campaigns.Rules;
using ContactHub.Hub.Campaigns.Targeting;
using ContactHub.Hub.Outbox;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Campaigns;

/// <summary>
/// Targets, plans, records and enqueues a campaign, batch by batch. Preview and run are one code path (<see
/// cref="ExecuteAsync"/>); the run alone writes. A run inserts the batch's deliveries first and enqueues only the keys
/// its insert returned, so any number of instances may run the same campaign at once and each key is enqueued by one
/// of them. A key already recorded as Queued is enqueued again (the outbox answers Duplicate when it has it): that
/// repairs a crash between the insert and the enqueue.
/// </summary>
public sealed class CampaignRunner(
    IDbContextFactory<RecordsDbContext> records,
    IEnumerable<ICampaignTargeting> targetings,
    CampaignRecipients recipients,
    CampaignMessages messages,
    IOutbox outbox,
    IOptions<CampaignOptions> options,
    CampaignZone zone,
    TimeProvider clock,
    ILogger<CampaignRunner> logger) : ICampaignRunner
{
    public Task<CampaignRunReport> PreviewAsync(long campaignId, int limit, CancellationToken cancellationToken) =>
        ExecuteAsync(campaignId, write: false, Math.Max(0, limit), cancellationToken);

    public async Task<CampaignRunReport> RunAsync(long campaignId, CancellationToken cancellationToken)
    {
        var report = await ExecuteAsync(campaignId, write: true, limit: 0, cancellationToken);
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        await db.Campaigns.Where(c => c.Id == campaignId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastRunAt, clock.GetUtcNow()), cancellationToken);
        logger.LogInformation(
            "Campaign {CampaignId} ran: {Targeted} targeted, {Enqueued} enqueued, {Known} already known, skipped {Skipped}",
            campaignId, report.Targeted, report.Enqueued, report.AlreadyKnown, string.Join(", ", report.Skipped.Select(s => $"{s.Key} {s.Value}")));
        return report;
    }

    private async Task<CampaignRunReport> ExecuteAsync(long campaignId, bool write, int limit, CancellationToken cancellationToken)
    {
        var (campaign, definition) = await LoadAsync(campaignId, cancellationToken);
        var now = clock.GetUtcNow();
        var rule = new CampaignRuleContext(campaign.Id, definition, options.Value, now, zone.Zone);
        var planning = new PlanningRules(now, zone.Zone, options.Value.QuietHoursStart, options.Value.QuietHoursEnd, options.Value.WeeklyCap);
        var targeting = targetings.FirstOrDefault(t => t.Kind == definition.Kind)
            ?? throw new InvalidOperationException($"No targeting is registered for {definition.Kind}.");
        var tally = new CampaignRunTally(limit);
        await foreach (var batch in targeting.BatchesAsync(rule, cancellationToken))
        {
            await PlanBatchAsync(campaign.Id, definition, batch, planning, write, tally, cancellationToken);
        }

        return tally.Report(campaign.Id);
    }

    private async Task PlanBatchAsync(
        long campaignId, CampaignDefinition definition, IReadOnlyList<CampaignTarget> batch, PlanningRules planning, bool write, CampaignRunTally tally, CancellationToken cancellationToken)
    {
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        var keys = batch.Select(t => t.Key).ToArray();
        var known = await db.CampaignDeliveries.AsNoTracking()
            .Where(d => keys.Contains(d.IdempotencyKey))
            .Select(d => new KnownDelivery(d.IdempotencyKey, d.Status, d.Channel, d.UserId, d.Purpose, d.NotBefore))
            .ToDictionaryAsync(d => d.Key, StringComparer.Ordinal, cancellationToken);
        var people = await recipients.LoadAsync(db, batch, cancellationToken);
        var weekly = await WeeklySendCounts.LoadAsync(db, batch.Where(t => !known.ContainsKey(t.Key)), planning.Now, cancellationToken);
        var purpose = RecipientPlanner.PurposeOf(definition.Kind);
        var fresh = new List<(CampaignTarget Target, PlannedSend Send)>(batch.Count);
        var repairs = new List<OutboxMessage>();
        foreach (var target in batch)
        {
            tally.Targeted++;
            if (known.TryGetValue(target.Key, out var delivery))
            {
                tally.AlreadyKnown++;
                if (delivery is { Status: CampaignDeliveryStatus.Queued, Channel: { } channel, UserId: { } user } && people.TryGetValue(target.CustomerId, out var person))
                {
                    repairs.Add(messages.Create(campaignId, definition, target, person, new PlannedSend(target.Key, target.CustomerId, target.VehicleId, channel, user, delivery.Purpose, delivery.NotBefore, null)));
                }

                continue;
            }

            var count = weekly.GetValueOrDefault(target.CustomerId) + tally.PlannedFor(target.CustomerId);
            var send = RecipientPlanner.Plan(target, people.GetValueOrDefault(target.CustomerId), purpose, count, planning);
            tally.Add(send);
            if (send.SkipReason is not SkipReasons.FrequencyCap)
            {
                fresh.Add((target, send));
            }
        }

        if (write)
        {
            await RecordAndEnqueueAsync(db, campaignId, definition, fresh, people, planning.Now, tally, cancellationToken);
            // A repair the outbox takes as new was never enqueued before (a crash between insert and enqueue, or another
            // instance that recorded it and has not enqueued it yet, whose own enqueue will then be the duplicate).
            var repaired = await Task.WhenAll(repairs.Select(m => outbox.EnqueueAsync(m, cancellationToken)));
            tally.Enqueued += repaired.Count(r => r == EnqueueResult.Enqueued);
        }
    }

    private async Task RecordAndEnqueueAsync(
        RecordsDbContext db, long campaignId, CampaignDefinition definition, List<(CampaignTarget Target, PlannedSend Send)> fresh,
        Dictionary<long, CampaignRecipient> people, DateTimeOffset now, CampaignRunTally tally, CancellationToken cancellationToken)
    {
        var rows = fresh.Select(f => Row(campaignId, f.Send, now)).ToList();
        var inserted = await CampaignDeliveryWriter.InsertAsync(db, rows, cancellationToken);
        foreach (var lost in fresh.Where(f => !inserted.Contains(f.Send.IdempotencyKey)))
        {
            tally.LostRace(lost.Send);
        }

        var enqueues = fresh
            .Where(f => f.Send.SkipReason is null && inserted.Contains(f.Send.IdempotencyKey))
            .Select(f => outbox.EnqueueAsync(messages.Create(campaignId, definition, f.Target, people[f.Target.CustomerId], f.Send), cancellationToken));
        var results = await Task.WhenAll(enqueues);
        tally.Enqueued += results.Count(r => r == EnqueueResult.Enqueued);
    }

    private static CampaignDelivery Row(long campaignId, PlannedSend send, DateTimeOffset now) => new()
    {
        CampaignId = campaignId,
        IdempotencyKey = send.IdempotencyKey,
        CustomerId = send.CustomerId,
        VehicleId = send.VehicleId,
        Channel = send.Channel,
        UserId = send.UserId,
        Purpose = send.Purpose,
        Status = send.SkipReason is null ? CampaignDeliveryStatus.Queued : CampaignDeliveryStatus.Skipped,
        Reason = send.SkipReason,
        TargetedAt = now,
        NotBefore = send.SendAt > now ? send.SendAt : null,
    };

    private async Task<(Campaign Campaign, CampaignDefinition Definition)> LoadAsync(long campaignId, CancellationToken cancellationToken)
    {
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken)
            ?? throw new KeyNotFoundException($"Campaign {campaignId} does not exist.");
        var definition = JsonSerializer.Deserialize(campaign.Definition, CampaignJsonContext.Default.CampaignDefinition)
            ?? throw new InvalidOperationException($"Campaign {campaignId} has no definition.");
        return (campaign, definition with { Kind = campaign.Kind });
    }
}
