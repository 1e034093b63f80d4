namespace ContactHub.Hub.Campaigns;

public enum CampaignDeliveryStatus
{
    /// <summary>Enqueued in the outbox, waiting for its NotBefore or its turn.</summary>
    Queued,

    /// <summary>The channel accepted it.</summary>
    Sent,

    /// <summary>The channel reported it delivered to the phone.</summary>
    Delivered,

    /// <summary>
    /// Given up: a permanent channel error, or retries exhausted; or sent, and the channel then reported it undelivered
    /// (such a row keeps its SentAt).
    /// </summary>
    Failed,

    /// <summary>Targeted but not sent: no consent, opted out, frequency cap, or no channel.</summary>
    Skipped,
}
