using ContactHub.Hub.Campaigns.Rules;

namespace ContactHub.Hub.Campaigns.Targeting;

/// <summary>One rule's query: streams the due targets of a campaign in batches, reading the records page by page.</summary>
public interface ICampaignTargeting
{
    CampaignKind Kind { get; }

    IAsyncEnumerable<IReadOnlyList<CampaignTarget>> BatchesAsync(CampaignRuleContext rule, CancellationToken cancellationToken);
}
