namespace ContactHub.Hub.Campaigns;

/// <summary>Which customers an event invitation goes to; every field set must match (null means any).</summary>
public sealed record CampaignSegment
{
    /// <summary>Vehicle models, matched exactly (e.g. "Model Y", "汉 EV").</summary>
    public IReadOnlyList<string>? Models { get; init; }

    public DateOnly? LastVisitAfter { get; init; }

    public DateOnly? LastVisitBefore { get; init; }

    public DateOnly? PurchasedAfter { get; init; }

    public DateOnly? PurchasedBefore { get; init; }
}
