namespace ContactHub.Channels;

/// <summary>What the channel said about one outbound activity.</summary>
/// <param name="ChannelMessageId">The channel's own id for what it accepted, kept as the delivery's source id.</param>
/// <param name="Permanent">True when retrying cannot help (opted out, invalid number).</param>
public sealed record ChannelSendResult(bool Accepted, string? ChannelMessageId = null, string? Error = null, bool Permanent = false)
{
    public static ChannelSendResult Ok(string? channelMessageId = null) => new(true, channelMessageId);

    public static ChannelSendResult Failed(string error, bool permanent) => new(false, null, error, permanent);
}
