namespace ContactHub.Hub.Api;

/// <summary>What a preview (dry run) or a run found: counts, skips by reason, and the planned sends (preview only).</summary>
public sealed record CampaignReportDto(
    long CampaignId,
    int Targeted,
    int Enqueued,
    int AlreadyKnown,
    IReadOnlyDictionary<string, int> Skipped,
    IReadOnlyList<PlannedSendDto> Sends);
