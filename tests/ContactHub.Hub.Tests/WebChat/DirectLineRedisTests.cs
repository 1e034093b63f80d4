using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.WebChat;

/// <summary>The Direct Line log on a real redis-server: it outlives a hub, and its pub/sub wakes the stream.</summary>
[Collection(RedisCollection.Name)]
public sealed class DirectLineRedisTests(RedisServerFixture redis)
{
    [Fact]
    public async Task ConversationSurvivesAHubRestart()
    {
        Channels.WebChat.DirectLineConversation conversation;
        await using (var first = OnRedis())
        {
            var client = new DirectLineTestClient(first);
            conversation = await client.StartConversationAsync();
            await client.PostMessageAsync(conversation, "你好");
        }

        await using var restarted = OnRedis();
        var again = new DirectLineTestClient(restarted);
        await again.PostMessageAsync(conversation, "再来一次", clientActivityId: "after-restart");
        var set = await again.GetActivitiesAsync(conversation);

        Assert.Equal("4", set.Watermark);
        Assert.Equal("你好|" + ScriptedTurnProcessor.MenuText + "|再来一次|" + ScriptedTurnProcessor.MenuText, string.Join("|", set.Activities.Select(a => a.Text)));
        Assert.Equal($"{conversation.ConversationId}|0000003", set.Activities[2].Id);
    }

    [Fact]
    public async Task StreamIsWokenThroughRedisPubSub()
    {
        await using var hub = OnRedis();
        var client = new DirectLineTestClient(hub);
        var conversation = await client.StartConversationAsync();
        using var socket = await client.ConnectStreamAsync(conversation.StreamUrl!);

        await client.PostMessageAsync(conversation, "你好", clientActivityId: "redis-ws");

        var seen = await DirectLineTestClient.ReceiveUntilAsync(socket, s => s.Any(a => a.From?.Role == "bot"));
        Assert.Contains(seen, a => a.ChannelData?.GetProperty("clientActivityID").GetString() == "redis-ws");
    }

    private DirectLineHubFactory OnRedis()
    {
        var factory = new DirectLineHubFactory();
        factory.Settings["ConnectionStrings:Redis"] = redis.ConnectionString;
        return factory;
    }
}
