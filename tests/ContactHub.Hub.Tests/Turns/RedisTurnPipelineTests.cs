using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.Turns;

[Collection(RedisCollection.Name)]
public sealed class RedisTurnPipelineTests(RedisServerFixture redis) : TurnPipelineContract
{
    protected override string? Redis => redis.ConnectionString;

    [Fact]
    public async Task ConversationContinuesAfterTheHubRestarts()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "你好");
        var before = await Host.Store.LoadAsync(key, CancellationToken.None);
        await Host.DisposeAsync();

        await using var restarted = new PipelineHost(Redis);
        var outcome = await restarted.SendAsync(key, "门店信息");

        var after = await restarted.Store.LoadAsync(key, CancellationToken.None);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal(before.State.TurnCount + 1, after.State.TurnCount);
        Assert.Contains(outcome.Replies, a => a.Text?.Contains("营业时间", StringComparison.Ordinal) == true);
    }
}
