using ContactHub.Channels;
using ContactHub.Hub.Turns;

namespace ContactHub.Hub.Tests.Turns;

public sealed class TurnContextTests
{
    private static readonly Activity Inbound = new()
    {
        Id = "in-1",
        ChannelId = ChannelIds.WebChat,
        Conversation = new ConversationAccount { Id = "conv-1" },
        From = new ChannelAccount { Id = "user-1", Role = "user" },
        Recipient = new ChannelAccount { Id = "bot", Role = "bot" },
        Locale = "zh-CN",
    };

    [Fact]
    public async Task AddressesABareReplyAlongTheTurnsConversation()
    {
        var turn = new TurnContext(new ConversationKey(ChannelIds.WebChat, "conv-1"), Inbound);

        await turn.SendActivityAsync(Activity.CreateMessage("你好"), CancellationToken.None);

        var reply = Assert.Single(turn.Replies);
        Assert.Equal(("你好", ChannelIds.WebChat, "conv-1", "bot", "user-1", "in-1", "zh-CN"),
            (reply.Text, reply.ChannelId, reply.Conversation?.Id, reply.From?.Id, reply.Recipient?.Id, reply.ReplyToId, reply.Locale));
    }

    [Fact]
    public async Task KeepsAReplyThatIsAddressedAlreadyWithoutCopyingIt()
    {
        var turn = new TurnContext(new ConversationKey(ChannelIds.WebChat, "conv-1"), Inbound);
        var reply = Inbound.CreateReply("你好");

        await turn.SendActivityAsync(reply, CancellationToken.None);

        Assert.Same(reply, Assert.Single(turn.Replies));
    }
}
