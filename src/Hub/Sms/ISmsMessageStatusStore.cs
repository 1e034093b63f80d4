using ContactHub.Channels.Sms;

namespace ContactHub.Hub.Sms;

/// <summary>The outbound record per MessageSid that status callbacks update (issue 5, §2.4).</summary>
public interface ISmsMessageStatusStore
{
    /// <summary>Twilio accepted the message: it starts at <c>queued</c>, addressed to <paramref name="to"/>.</summary>
    Task RecordSentAsync(string messageSid, string to, string? activityId, CancellationToken cancellationToken);

    /// <summary>Keeps the update's status only when it ranks above the stored one; a late "sent" never undoes "delivered".</summary>
    Task RecordAsync(SmsStatusUpdate update, CancellationToken cancellationToken);

    Task<SmsMessageRecord?> GetAsync(string messageSid, CancellationToken cancellationToken);
}
