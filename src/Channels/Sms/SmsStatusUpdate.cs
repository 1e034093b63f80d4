namespace ContactHub.Channels.Sms;

/// <summary>
/// One delivery status callback (§2.4). Callbacks can arrive out of order, so the Hub keeps the highest
/// <see cref="Rank"/> it has seen per MessageSid rather than the latest one.
/// </summary>
/// <param name="MessageStatus">queued, sending, sent, delivered, undelivered, failed, … as Twilio spells it (lower case).</param>
/// <param name="ErrorCode">Set on failed/undelivered, e.g. 30003 unreachable or 21610 unsubscribed.</param>
public sealed record SmsStatusUpdate(string MessageSid, string MessageStatus, int? ErrorCode, string? To, string? From)
{
    /// <summary>True for 21610: the handset has opted out, so the customer's SMS consent is withdrawn (issue #5).</summary>
    public bool RecipientOptedOut => ErrorCode == 21610;

    public bool IsFinal => MessageStatus is "delivered" or "undelivered" or "failed" or "read" or "canceled";

    /// <summary>Lifecycle order of the outbound statuses; unknown statuses rank lowest.</summary>
    public int Rank => MessageStatus switch
    {
        "accepted" or "scheduled" => 1,
        "queued" => 2,
        "sending" => 3,
        "sent" => 4,
        "delivered" or "undelivered" or "failed" or "canceled" or "partially_delivered" => 5,
        "read" => 6,
        _ => 0,
    };
}
