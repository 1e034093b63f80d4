namespace ContactHub.Hub.Campaigns;

public enum CampaignStatus
{
    /// <summary>Created; previews work, nothing is sent.</summary>
    Draft,

    /// <summary>Scheduled runs target and enqueue.</summary>
    Running,

    /// <summary>No new targeting; messages already enqueued still go out.</summary>
    Paused,
}
