namespace ContactHub.Hub.Campaigns;

/// <param name="Targeted">Every due recipient the rule found.</param>
/// <param name="Enqueued">New messages put in the outbox by this run (0 in a preview).</param>
/// <param name="AlreadyKnown">Due recipients whose idempotency key an earlier run already recorded.</param>
/// <param name="Sends">The planned sends (in a preview), at most the limit asked for.</param>
public sealed record CampaignRunReport(
    long CampaignId,
    int Targeted,
    int Enqueued,
    int AlreadyKnown,
    IReadOnlyDictionary<string, int> Skipped,
    IReadOnlyList<PlannedSend> Sends);
