namespace ContactHub.Channels;

/// <summary>
/// Who the hub is talking to: the channel plus that channel's own id for the user
/// (WeChat openid, E.164 phone number, web chat conversation id).
/// </summary>
public readonly record struct ConversationKey
{
    public ConversationKey(string channel, string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        Channel = channel;
        UserId = userId;
    }

    public string Channel { get; }

    public string UserId { get; }

    public override string ToString() => $"{Channel}:{UserId}";
}
