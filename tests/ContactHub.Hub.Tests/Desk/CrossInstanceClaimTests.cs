using System.Net;
using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>Two hub instances on one Redis and one records database, as behind a load balancer.</summary>
[Collection(RedisCollection.Name)]
public sealed class CrossInstanceClaimTests(RedisServerFixture redis) : IAsyncLifetime
{
    private DeskHost First { get; set; } = null!;

    private DeskHost Second { get; set; } = null!;

    public Task InitializeAsync()
    {
        First = new DeskHost(redis.ConnectionString);
        Second = new DeskHost(redis.ConnectionString, First.RecordsPath);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
    }

    [Fact]
    public async Task TwoAgentsOnTwoInstancesClaimingAtOnceExactlyOneWins()
    {
        for (var round = 0; round < 5; round++)
        {
            var key = TestActivities.NewKey();
            await First.SendAsync(key, "人工");
            using var agent1 = await First.SignInAsync("agent1");
            using var agent2 = await Second.SignInAsync("agent2");

            var claims = await Task.WhenAll(agent1.ClaimAsync(key), agent2.ClaimAsync(key));

            Assert.Single(claims, c => c.StatusCode == HttpStatusCode.NoContent);
            Assert.Single(claims, c => c.StatusCode == HttpStatusCode.Conflict);
        }
    }

    [Fact]
    public async Task DeskCookieAndTokenFromOneInstanceWorkOnTheOther()
    {
        var key = TestActivities.NewKey();
        await First.SendAsync(key, "人工");
        using var onFirst = await First.SignInAsync("agent1");
        using var onSecond = onFirst.Via(Second.AnonymousClient());

        using var claim = await onSecond.ClaimAsync(key);
        using var reply = await onSecond.ReplyAsync(key, "您好，请讲。");

        Assert.Equal(HttpStatusCode.NoContent, claim.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, reply.StatusCode);
        Assert.Equal("您好，请讲。", Second.Channel.SentTo(key)[^1].Text);
    }

    [Fact]
    public async Task CustomerMessageOnOneInstanceIsPushedToADeskPageOnTheOther()
    {
        var key = TestActivities.NewKey();
        await First.SendAsync(key, "人工");
        using var agent = await Second.SignInAsync("agent1");
        await using var page = await DeskPage.ConnectAsync(Second, agent);
        var pushed = page.NextChange(key);

        await First.SendAsync(key, "我想问一下保养价格");

        await pushed.WaitAsync(TimeSpan.FromSeconds(10));
        using var view = await agent.ConversationAsync(key);
        Assert.Contains("我想问一下保养价格", await view.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
