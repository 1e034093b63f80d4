using ContactHub.Channels;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Tests.State;

[Collection(RedisCollection.Name)]
public sealed class TurnLockTests(RedisServerFixture redis)
{
    private static readonly IOptions<StateOptions> Options = Microsoft.Extensions.Options.Options.Create(new StateOptions());

    public static TheoryData<string> Locks => ["in-process", "redis"];

    private ITurnLock Create(string kind) => kind == "redis"
        ? new RedisTurnLock(redis.Connection, new KeyedAsyncLock<ConversationKey>(), Options, TimeProvider.System)
        : new InProcessTurnLock(Options);

    [Theory]
    [MemberData(nameof(Locks))]
    public async Task SecondTurnWaitsUntilTheFirstReleases(string kind)
    {
        var turnLock = Create(kind);
        var key = new ConversationKey(ChannelIds.WebChat, Guid.NewGuid().ToString("N"));
        var first = await turnLock.AcquireAsync(key, CancellationToken.None);

        var second = turnLock.AcquireAsync(key, CancellationToken.None);
        var otherConversation = await turnLock.AcquireAsync(new ConversationKey(ChannelIds.WebChat, "other-" + key.UserId), CancellationToken.None);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await using var held = await second.WaitAsync(TimeSpan.FromSeconds(10));
        await otherConversation.DisposeAsync();
    }

    [Fact]
    public async Task TwoHubInstancesNeverHoldOneConversationAtOnce()
    {
        var instanceA = Create("redis");
        var instanceB = Create("redis");
        var key = new ConversationKey(ChannelIds.Sms, "+86138" + Random.Shared.Next(10_000_000, 99_999_999));
        var inside = 0;
        var overlaps = 0;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            await using var held = await (i % 2 == 0 ? instanceA : instanceB).AcquireAsync(key, CancellationToken.None);
            if (Interlocked.Increment(ref inside) > 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            await redis.Connection.GetDatabase().PingAsync();
            Interlocked.Decrement(ref inside);
        }));

        Assert.Equal(0, overlaps);
        Assert.False(await redis.Connection.GetDatabase().KeyExistsAsync(StateKeys.TurnLock(key)));
    }
}
