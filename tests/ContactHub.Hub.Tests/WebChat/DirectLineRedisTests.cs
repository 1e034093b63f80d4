using ContactHub.Hub.State;
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

    [Fact]
    public async Task HistoryExpiresBeforeTheConversationAndTheWatermarksGoOnAfterIt()
    {
        await using var hub = OnRedis();
        var client = new DirectLineTestClient(hub);
        var conversation = await client.StartConversationAsync();
        await client.PostMessageAsync(conversation, "你好");
        var db = redis.Connection.GetDatabase();
        var log = StateKeys.DirectLineLog(conversation.ConversationId);
        var meta = StateKeys.DirectLineMeta(conversation.ConversationId);

        var logTtl = await db.KeyTimeToLiveAsync(log);
        Assert.InRange(logTtl!.Value, TimeSpan.FromMinutes(1), new StateOptions().DirectLineHistoryTtl);
        Assert.True(await db.KeyTimeToLiveAsync(meta) > TimeSpan.FromDays(1));

        // What the history TTL does to an idle conversation: the log is gone, the conversation and its sequence are not.
        Assert.True(await db.KeyDeleteAsync(log));
        await client.PostMessageAsync(conversation, "又来了", clientActivityId: "after-expiry");
        var set = await client.GetActivitiesAsync(conversation, watermark: "2");

        Assert.Equal("4", set.Watermark);
        Assert.Equal("又来了|" + ScriptedTurnProcessor.MenuText, string.Join("|", set.Activities.Select(a => a.Text)));
    }

    private DirectLineHubFactory OnRedis()
    {
        var factory = new DirectLineHubFactory();
        factory.Settings["ConnectionStrings:Redis"] = redis.ConnectionString;
        return factory;
    }
}
