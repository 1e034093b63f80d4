using ContactHub.Channels;
using ContactHub.Hub.Identity;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Infrastructure;
using StackExchange.Redis;

namespace ContactHub.Hub.Tests.Identity;

[Collection(RedisCollection.Name)]
public sealed class RedisVerificationTests(RedisServerFixture redis) : VerificationServiceCases
{
    private readonly RedisVerificationCodeStore _store = new(redis.Connection);

    protected override IVerificationCodeStore Store => _store;

    [Fact]
    public void AConversationsCodeKeysShareItsStateSlotAndANumbersKeyHasItsOwn()
    {
        var chat = new ConversationKey("wechat", "oABC");

        Assert.Equal(RedisHashTag.Of(StateKeys.State(chat)), RedisHashTag.Of(StateKeys.VerificationCode(chat)));
        Assert.Equal(RedisHashTag.Of(StateKeys.State(chat)), RedisHashTag.Of(StateKeys.VerificationSendsByConversation(chat)));
        Assert.Equal("+8613812345678", RedisHashTag.Of(StateKeys.VerificationSendsByNumber("+8613812345678")));
    }

    [Fact]
    public async Task APendingCodeKeyExpiresInRedisWithTheCode()
    {
        var chat = new ConversationKey("wechat", "o" + Guid.NewGuid().ToString("N"));
        await _store.SaveAsync(chat, new PendingCode("+8613900000000", "h", "AAAA", 3, DateTimeOffset.UnixEpoch), TimeSpan.FromMinutes(5), CancellationToken.None);

        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync(StateKeys.VerificationCode(chat));

        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
    }

    protected override async Task<IReadOnlyList<string>> StoredValuesAsync(ConversationKey conversation, string mobile)
    {
        var db = redis.Connection.GetDatabase();
        var code = await db.HashGetAllAsync(StateKeys.VerificationCode(conversation));
        var byChat = await db.SortedSetRangeByRankWithScoresAsync(StateKeys.VerificationSendsByConversation(conversation));
        var byNumber = await db.SortedSetRangeByRankWithScoresAsync(StateKeys.VerificationSendsByNumber(mobile));
        return
        [
            .. code.Select(e => $"{e.Name}={e.Value}"),
            .. byChat.Concat(byNumber).Select(e => $"{e.Element}@{e.Score}"),
        ];
    }
}
