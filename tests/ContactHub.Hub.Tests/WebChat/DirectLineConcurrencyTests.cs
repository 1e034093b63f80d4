using ContactHub.Channels;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.WebChat;

/// <summary>Issue 2's proof over the wire: the real pipeline on Redis behind Direct Line, hammered on one conversation.</summary>
[Collection(RedisCollection.Name)]
public sealed class DirectLineConcurrencyTests(RedisServerFixture redis)
{
    [Fact]
    public async Task TwentyMessagesPostedAtOnceAreAllEchoedAndAnsweredAndAdvanceTheStateByTwenty()
    {
        await using var hub = new HubFactory(redis.ConnectionString);
        var client = new DirectLineTestClient(hub);
        var conversation = await client.StartConversationAsync();
        await client.PostMessageAsync(conversation, "你好", clientActivityId: "greeting");
        var key = new ConversationKey(ChannelIds.WebChat, conversation.ConversationId);
        var store = hub.Services.GetRequiredService<IConversationStore>();
        var before = await store.LoadAsync(key, CancellationToken.None);

        // Messages the bot answers itself whatever order they arrive in (a menu pick could hand the chat to an agent).
        var ids = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            client.PostMessageAsync(conversation, i % 2 == 0 ? "门店信息" : "帮助", clientActivityId: $"burst-{i}")));

        var activities = (await client.GetActivitiesAsync(conversation)).Activities;
        var echoed = activities.Where(a => a.From?.Role == "user").Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(20, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Contains(id, echoed));
        Assert.All(ids, id => Assert.Contains(activities, a => a.From?.Role == "bot" && a.ReplyToId == id));
        var after = await store.LoadAsync(key, CancellationToken.None);
        Assert.Equal(before.Version + 20, after.Version);
    }
}
