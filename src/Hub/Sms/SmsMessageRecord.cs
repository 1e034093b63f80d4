namespace ContactHub.Hub.Sms;

/// <summary>What the hub knows about one outbound SMS, by Twilio's MessageSid (issue 5).</summary>
/// <param name="Status">The highest-ranked status seen (§2.4: callbacks may arrive out of order).</param>
/// <param name="ActivityId">The id of the activity that was sent, when it had one (an outbox message's idempotency key).</param>
public sealed record SmsMessageRecord(string MessageSid, string Status, int? ErrorCode, string? To, string? ActivityId);
