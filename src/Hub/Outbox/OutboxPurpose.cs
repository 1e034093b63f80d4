namespace ContactHub.Hub.Outbox;

/// <summary>Why a message goes out; consent is kept separately for service notifications and marketing (issue 7).</summary>
public enum OutboxPurpose
{
    /// <summary>A service notification: maintenance reminder, appointment reminder, survey invitation.</summary>
    Service,

    /// <summary>Marketing: event invitations and offers; needs marketing consent.</summary>
    Marketing,

    /// <summary>A reply in a conversation the customer started (agent reply, asynchronous bot reply).</summary>
    Reply,
}
