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
    public async Task ChineseTextIsStoredAsUtf8NotEscapedAndReadsBack()
    {
        var key = new ConversationKey(ChannelIds.Sms, $"+86139{Random.Shared.Next(10_000_000, 99_999_999)}");
        var state = new ConversationState { Handoff = new HandoffState { Reason = "customer-request", Summary = "客户要求人工：<保养>预约" } };
        Assert.True(await CreateStore().SaveAsync(key, state, 0, CancellationToken.None));

        var stored = (byte[])(await redis.Connection.GetDatabase().HashGetAsync(StateKeys.State(key), "s"))!;
        var text = System.Text.Encoding.UTF8.GetString(stored);

        Assert.Contains("客户要求人工", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u5BA2", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal); // HTML-sensitive characters are still escaped
        Assert.Equal("客户要求人工：<保养>预约", (await CreateStore().LoadAsync(key, CancellationToken.None)).State.Handoff?.Summary);
    }

    [Fact]
    public async Task StateStoredWithEscapedChineseStillLoads()
    {
        var key = new ConversationKey(ChannelIds.Sms, $"+86139{Random.Shared.Next(10_000_000, 99_999_999)}");
        const string escaped = """{"mode":0,"dialogs":{"stack":[]},"handoff":{"reason":"customer-request","summary":"\u5BA2\u6237","requestedAt":"2026-11-27T10:00:00+00:00"},"turnCount":3}""";
        await redis.Connection.GetDatabase().HashSetAsync(StateKeys.State(key), [new("v", 4), new("s", escaped)]);

        var (state, version) = await CreateStore().LoadAsync(key, CancellationToken.None);

        Assert.Equal((4L, "客户", 3L), (version, state.Handoff?.Summary, state.TurnCount));
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
