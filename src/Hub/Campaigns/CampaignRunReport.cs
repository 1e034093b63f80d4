namespace ContactHub.Hub.Campaigns;

/// <param name="Targeted">Every due recipient the rule found.</param>
/// <param name="Enqueued">
/// Messages this run put in the outbox that were not there before (0 in a preview), including already recorded ones
/// that had never been enqueued: across instances running at once, each message counts in exactly one report.
/// </param>
/// <param name="AlreadyKnown">Due recipients whose idempotency key an earlier run already recorded.</param>
/// <param name="Sends">The planned sends (in a preview), at most the limit asked for.</param>
public sealed record CampaignRunReport(
    long CampaignId,
    int Targeted,
    int Enqueued,
    int AlreadyKnown,
    IReadOnlyDictionary<string, int> Skipped,
    IReadOnlyList<PlannedSend> Sends);
