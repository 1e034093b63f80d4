using ContactHub.Channels;

namespace ContactHub.Hub.Tests.Infrastructure;

public static class TestActivities
{
    public static ConversationKey NewKey() => new(RecordingChannelAdapter.Channel, Guid.NewGuid().ToString("N"));

    public static Activity Message(ConversationKey key, string text, string? locale = "zh-CN", string? id = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? Guid.NewGuid().ToString("N"),
        ChannelId = key.Channel,
        From = new ChannelAccount { Id = key.UserId, Role = "user" },
        Recipient = new ChannelAccount { Id = "contacthub", Role = "bot" },
        Conversation = new ConversationAccount { Id = key.UserId },
        Text = text,
        Locale = locale,
    };
}
