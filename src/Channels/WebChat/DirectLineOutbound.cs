namespace ContactHub.Channels.WebChat;

/// <summary>
/// A bot activity → what Web Chat expects to receive: from the bot with role "bot", on this conversation, with a
/// server timestamp (§3.4). Web Chat renders suggested actions as buttons itself, so nothing is flattened here.
/// </summary>
public static class DirectLineOutbound
{
    public static Activity ToClient(Activity reply, string conversationId, DirectLineOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(options);
        return reply with
        {
            Id = null,
            Timestamp = now,
            ChannelId = ChannelIds.WebChat,
            Conversation = new ConversationAccount { Id = conversationId },
            From = new ChannelAccount { Id = options.BotId, Name = options.BotName, Role = "bot" },
            Locale = reply.Locale ?? options.DefaultLocale,
        };
    }
}
