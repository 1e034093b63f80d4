using ContactHub.Channels;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.State;

[Collection(RedisCollection.Name)]
public sealed class RedisConversationStoreTests(RedisServerFixture redis) : ConversationStoreContract
{
    protected override IConversationStore CreateStore() => new RedisConversationStore(redis.Connection, Options);

    [Fact]
    public async Task SavedConversationCarriesTheConfiguredTtl()
    {
        var key = new ConversationKey(ChannelIds.WeChat, $"openid-{Guid.NewGuid():N}");
        Assert.True(await CreateStore().SaveAsync(key, new ConversationState(), 0, CancellationToken.None));

        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync(StateKeys.State(key));

        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, Options.Value.ConversationTtl - TimeSpan.FromMinutes(1), Options.Value.ConversationTtl);
    }

    [Fact]
    public void KeysOfOneConversationShareAHashTag()
    {
        var key = new ConversationKey(ChannelIds.WebChat, "abc");

        Assert.Equal(
            RedisHashTag.Of(StateKeys.State(key)),
            RedisHashTag.Of(StateKeys.TurnLock(key)));
        Assert.Equal("webchat:abc", RedisHashTag.Of(StateKeys.State(key)));
    }
}
