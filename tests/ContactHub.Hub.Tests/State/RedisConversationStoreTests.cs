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
    public async Task KeysOfOneConversationShareAHashSlot()
    {
        var key = new ConversationKey(ChannelIds.WebChat, "abc");

        Assert.Equal(
            redis.Connection.HashSlot(StateKeys.State(key)),
            redis.Connection.HashSlot(StateKeys.TurnLock(key)));
    }
}
