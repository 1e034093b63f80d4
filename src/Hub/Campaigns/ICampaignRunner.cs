namespace ContactHub.Hub.Campaigns;

/// <summary>
/// Targets a campaign's due recipients and plans each send (consent, opt-out, quiet hours, weekly cap, channel). The
/// preview and the run share one code path, so the dry run's recipients are the real run's recipients.
/// </summary>
public interface ICampaignRunner
{
    /// <summary>Who would get what, on which channel and when; writes nothing.</summary>
    Task<CampaignRunReport> PreviewAsync(long campaignId, int limit, CancellationToken cancellationToken);

    /// <summary>Records a delivery per new idempotency key and enqueues it in the outbox; safe to run on every instance at once.</summary>
    Task<CampaignRunReport> RunAsync(long campaignId, CancellationToken cancellationToken);
}
