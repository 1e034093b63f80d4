using System.Text.Json;
using ContactHub.Channels.WebChat;

namespace ContactHub.Channels.Tests.WebChat;

public sealed class DirectLineInboundTests
{
    private static readonly DirectLineOptions Options = new();
    private static readonly DateTimeOffset Now = new(2025, 5, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>What Web Chat posts (§3.4): a clientActivityID it will wait for, plus fields the hub must not drop.</summary>
    private const string WebChatPost = """
        {"type":"message","text":"你好","channelId":"webchat","from":{"id":"u1","name":"Alice","role":"user"},
         "locale":"zh-CN","localTimestamp":"2025-05-01T16:00:00+08:00",
         "channelData":{"clientActivityID":"1714550400000abc","foo":[1,{"b":true}]},
         "entities":[{"type":"ClientCapabilities","requiresBotState":true}]}
        """;

    [Fact]
    public void EchoKeepsChannelDataVerbatimAndSetsServerFields()
    {
        var posted = JsonSerializer.Deserialize(WebChatPost, DirectLineJsonContext.Default.Activity)!;

        var echo = DirectLineInbound.ToEcho(posted, "conv1", tokenUserId: null, Options, Now);

        Assert.Equal("""{"clientActivityID":"1714550400000abc","foo":[1,{"b":true}]}""", JsonSerializer.Serialize(echo.ChannelData));
        Assert.Equal(Now, echo.Timestamp);
        Assert.Equal(ChannelIds.WebChat, echo.ChannelId);
        Assert.Equal("conv1", echo.Conversation?.Id);
        Assert.Equal(new ChannelAccount { Id = "u1", Name = "Alice", Role = "user" }, echo.From);
        Assert.Equal("bot", echo.Recipient?.Role);
        Assert.Equal("你好", echo.Text);
        Assert.Single(echo.Entities!);
    }

    [Fact]
    public void TokenUserOverridesFromAndLocaleDefaultsToChinese()
    {
        var posted = new Activity { Text = "hi", From = new ChannelAccount { Id = "spoofed" } };

        var echo = DirectLineInbound.ToEcho(posted, "conv1", tokenUserId: "dl_real", Options, Now);

        Assert.Equal("dl_real", echo.From?.Id);
        Assert.Equal("zh-CN", echo.Locale);
    }

    [Fact]
    public void OutboundComesFromTheBotOnTheConversation()
    {
        var reply = new Activity { Text = "菜单", ReplyToId = "conv1|0000001" };

        var sent = DirectLineOutbound.ToClient(reply, "conv1", Options, Now);

        Assert.Equal("bot", sent.From?.Role);
        Assert.Equal(Options.BotId, sent.From?.Id);
        Assert.Equal("conv1", sent.Conversation?.Id);
        Assert.Equal("conv1|0000001", sent.ReplyToId);
        Assert.Equal(Now, sent.Timestamp);
    }
}
