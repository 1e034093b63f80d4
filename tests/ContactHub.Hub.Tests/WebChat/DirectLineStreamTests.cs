using System.Net.WebSockets;
using ContactHub.Channels.WebChat;

namespace ContactHub.Hub.Tests.WebChat;

public sealed class DirectLineStreamTests(DirectLineHubFactory hub) : IClassFixture<DirectLineHubFactory>
{
    private readonly DirectLineTestClient client = new(hub);

    [Fact]
    public async Task StreamCarriesTheEchoAndTheBotReplyAsActivitySets()
    {
        var conversation = await client.StartConversationAsync();
        using var socket = await client.ConnectStreamAsync(conversation.StreamUrl!);

        await client.PostMessageAsync(conversation, "你好", clientActivityId: "ws-1");

        var seen = await DirectLineTestClient.ReceiveUntilAsync(socket, HasBotReply);
        var echo = Assert.Single(seen, a => a.From?.Role == "user");
        var reply = Assert.Single(seen, a => a.From?.Role == "bot");
        Assert.Equal("ws-1", echo.ChannelData?.GetProperty("clientActivityID").GetString());
        Assert.Equal(ScriptedTurnProcessor.MenuText, reply.Text);
    }

    [Fact]
    public async Task StreamReplaysFromTheWatermark()
    {
        var conversation = await client.StartConversationAsync();
        await client.PostMessageAsync(conversation, "first");

        using var socket = await client.ConnectStreamAsync(conversation.StreamUrl + "&watermark=1");
        var set = await ReceiveActivitiesAsync(socket);

        var only = Assert.Single(set.Activities);
        Assert.Equal($"{conversation.ConversationId}|0000002", only.Id);
        Assert.Equal("2", set.Watermark);
    }

    [Fact]
    public async Task StreamSendsEmptyKeepAliveFramesWhenIdle()
    {
        var conversation = await client.StartConversationAsync();
        using var socket = await client.ConnectStreamAsync(conversation.StreamUrl!);

        Assert.Null(await DirectLineTestClient.ReceiveFrameAsync(socket));
    }

    [Fact]
    public async Task StreamIgnoresEmptyClientFrames()
    {
        var conversation = await client.StartConversationAsync();
        using var socket = await client.ConnectStreamAsync(conversation.StreamUrl!);

        await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        await client.PostMessageAsync(conversation, "still there?");

        await DirectLineTestClient.ReceiveUntilAsync(socket, HasBotReply);
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task ASecondSocketClosesTheFirstWithCollision()
    {
        var conversation = await client.StartConversationAsync();
        using var first = await client.ConnectStreamAsync(conversation.StreamUrl!);
        using var second = await client.ConnectStreamAsync(conversation.StreamUrl!);

        var closed = await Assert.ThrowsAsync<WebSocketException>(() => DirectLineTestClient.ReceiveUntilAsync(first, _ => false));

        Assert.Equal("closed: collision", closed.Message);
        await client.PostMessageAsync(conversation, "你好");
        await DirectLineTestClient.ReceiveUntilAsync(second, HasBotReply);
    }

    [Fact]
    public async Task StreamRefusesAnotherConversationsToken()
    {
        var conversation = await client.StartConversationAsync();
        var other = await client.StartConversationAsync();
        var url = conversation.StreamUrl!.Replace(Uri.EscapeDataString(conversation.Token), Uri.EscapeDataString(other.Token), StringComparison.Ordinal);

        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => client.ConnectStreamAsync(url));
    }

    private static bool HasBotReply(IReadOnlyList<ContactHub.Channels.Activity> seen) => seen.Any(a => a.From?.Role == "bot");

    private static async Task<ActivitySet> ReceiveActivitiesAsync(WebSocket socket)
    {
        while (true)
        {
            if (await DirectLineTestClient.ReceiveFrameAsync(socket) is { } set)
            {
                return set;
            }
        }
    }
}
