namespace ContactHub.Channels.WebChat;

/// <summary>
/// A client-posted activity → the activity the hub keeps, echoes and hands to the turn pipeline. Web Chat waits
/// for the echo carrying its own <c>channelData.clientActivityID</c>, so channelData is kept verbatim (§3.4);
/// the server sets id (from the log), timestamp, channelId, conversation and the user/bot accounts.
/// </summary>
public static class DirectLineInbound
{
    public static Activity ToEcho(Activity posted, string conversationId, string? tokenUserId, DirectLineOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(posted);
        ArgumentNullException.ThrowIfNull(options);

        // A user id embedded in the token overrides from.id, as enhanced authentication does (§3.1).
        var userId = tokenUserId ?? NonEmpty(posted.From?.Id) ?? $"dl_{conversationId}";
        return posted with
        {
            Id = null,
            Timestamp = now,
            ChannelId = ChannelIds.WebChat,
            Conversation = new ConversationAccount { Id = conversationId },
            From = new ChannelAccount { Id = userId, Name = posted.From?.Name, Role = "user" },
            Recipient = new ChannelAccount { Id = options.BotId, Name = options.BotName, Role = "bot" },
            Locale = NonEmpty(posted.Locale) ?? options.DefaultLocale,
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
