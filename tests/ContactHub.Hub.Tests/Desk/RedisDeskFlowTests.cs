using System.Net;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Resources;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>Handoff and the desk through the real hub on real Redis: queue, claim, reply, hand back.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisDeskFlowTests(RedisServerFixture redis) : IAsyncLifetime
{
    private DeskHost Host { get; set; } = null!;

    public Task InitializeAsync()
    {
        Host = new DeskHost(redis.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Theory]
    [InlineData("人工", "zh-CN")]
    [InlineData("转人工", "zh-CN")]
    [InlineData("客服", "zh-CN")]
    [InlineData("agent", "en")]
    [InlineData("human", "en")]
    public async Task AskingForAPersonQueuesTheConversationAndSaysWhenToExpectAReply(string ask, string locale)
    {
        var key = TestActivities.NewKey();

        var outcome = await Host.SendAsync(key, ask, locale);

        var state = (await Host.Services.GetRequiredService<IConversationStore>().LoadAsync(key, CancellationToken.None)).State;
        Assert.Equal(ConversationMode.Queued, state.Mode);
        Assert.Equal("customer-request", state.Handoff?.Reason);
        // No desk page is connected in this test, so the customer hears that nobody is online and when to expect a reply.
        Assert.Equal(Strings.HandoffNoAgentOnline(locale, "30"), Assert.Single(outcome.Replies).Text);
    }

    [Fact]
    public async Task WithAnAgentOnlineTheCustomerHearsTheirPlaceAndExpectedWait()
    {
        using var agent = await Host.SignInAsync("agent2");
        await using var page = await DeskPage.ConnectAsync(Host, agent);
        var key = TestActivities.NewKey();

        var outcome = await Host.SendAsync(key, "人工");

        var position = await Host.Services.GetRequiredService<ContactHub.Hub.Desk.IDeskIndex>().PositionAsync(key, CancellationToken.None);
        Assert.True(position >= 1);
        Assert.StartsWith("好的，已为您转接人工客服。您前面还有", Assert.Single(outcome.Replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitingCustomerIsNotToldTheirPositionOnEveryMessage()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "人工");

        var again = await Host.SendAsync(key, "我的车刹车有异响");

        Assert.Empty(again.Replies);
        using var agent = await Host.SignInAsync("agent2");
        using var view = await agent.ConversationAsync(key);
        Assert.Contains("刹车有异响", await view.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideWorkingHoursTheCustomerGetsTheAfterHoursNotice()
    {
        await using var closed = new DeskHost(redis.ConnectionString, opensAt: "00:00", closesAt: "00:00");
        var key = TestActivities.NewKey();

        var outcome = await closed.SendAsync(key, "人工");

        Assert.Contains("非工作时间", Assert.Single(outcome.Replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoAgentsClaimingAtOnceExactlyOneWins()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "人工");
        using var agent1 = await Host.SignInAsync("agent1");
        using var agent2 = await Host.SignInAsync("agent2");

        var claims = await Task.WhenAll(agent1.ClaimAsync(key), agent2.ClaimAsync(key));

        Assert.Single(claims, c => c.StatusCode == HttpStatusCode.NoContent);
        Assert.Single(claims, c => c.StatusCode == HttpStatusCode.Conflict);
        var winner = claims[0].StatusCode == HttpStatusCode.NoContent ? "agent1" : "agent2";
        var state = (await Host.Services.GetRequiredService<IConversationStore>().LoadAsync(key, CancellationToken.None)).State;
        Assert.Equal(winner, state.Handoff?.Agent);
        Assert.Single(await Host.AuditAsync(key), a => a.Action == "claim");
    }

    [Fact]
    public async Task BotSendsNothingWhileAnAgentOwnsTheConversation()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "人工");
        using var agent = await Host.SignInAsync("agent1");
        Assert.Equal(HttpStatusCode.NoContent, (await agent.ClaimAsync(key)).StatusCode);
        var sentBefore = Host.Channel.SentTo(key).Count;

        var outcomes = new[]
        {
            await Host.SendAsync(key, "你好"),
            await Host.SendAsync(key, "菜单"),
            await Host.SendAsync(key, "人工"),
            await Host.SendAsync(key, "帮助"),
        };

        Assert.All(outcomes, o => Assert.Empty(o.Replies));
        Assert.Equal(sentBefore, Host.Channel.SentTo(key).Count);
        using var view = await agent.ConversationAsync(key);
        var transcript = await view.Content.ReadAsStringAsync();
        Assert.Contains("\"from\":\"customer\",\"agent\":null,\"text\":\"帮助\"", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentReplyReachesTheCustomersOwnChannel()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "人工");
        using var agent = await Host.SignInAsync("agent1");
        await agent.ClaimAsync(key);

        using var reply = await agent.ReplyAsync(key, "您好，您的车预计明天上午可以取。");

        Assert.Equal(HttpStatusCode.NoContent, reply.StatusCode);
        var last = Host.Channel.SentTo(key)[^1];
        Assert.Equal("您好，您的车预计明天上午可以取。", last.Text);
        Assert.Equal(key.UserId, last.Recipient?.Id);
        Assert.Equal(RecordingChannelAdapter.Channel, last.ChannelId);
        Assert.Contains(Host.Channel.SentTo(key), a => a.Text == Strings.AgentJoined("zh-CN", "王晓敏"));
    }

    [Fact]
    public async Task CloseReturnsTheConversationToTheBotAndSendsNoSurveyToACustomerTheRecordsDoNotKnow()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "人工");
        using var agent = await Host.SignInAsync("agent1");
        await agent.ClaimAsync(key);

        using var close = await agent.CloseAsync(key, "resolved");

        Assert.Equal(HttpStatusCode.NoContent, close.StatusCode);
        Assert.Equal(Strings.DeskClosed("zh-CN"), Host.Channel.SentTo(key)[^1].Text);
        var state = (await Host.Services.GetRequiredService<IConversationStore>().LoadAsync(key, CancellationToken.None)).State;
        Assert.Equal(ConversationMode.Bot, state.Mode);
        Assert.Null(state.Handoff);
        Assert.NotEmpty((await Host.SendAsync(key, "你好")).Replies);
        Assert.DoesNotContain(key.UserId, await QueueTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryAgentActionIsAuditedWithWhoWhatAndWhen()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "人工");
        using var agent1 = await Host.SignInAsync("agent1");
        await agent1.ClaimAsync(key);
        await agent1.ReplyAsync(key, "稍等，我帮您查一下。");
        await agent1.TransferAsync(key, "agent2");
        using var agent2 = await Host.SignInAsync("agent2");

        Assert.Equal(HttpStatusCode.Forbidden, (await agent1.ReplyAsync(key, "还是我")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await agent2.CloseAsync(key, "callback-needed")).StatusCode);

        var audit = await Host.AuditAsync(key);
        Assert.Equal(["agent1 claim", "agent1 reply", "agent1 transfer", "agent2 close"], audit.Select(a => $"{a.Agent} {a.Action}"), StringComparer.Ordinal);
        Assert.Equal("callback-needed", audit[^1].Detail);
        Assert.All(audit, a => Assert.True(a.At > DateTimeOffset.UtcNow.AddMinutes(-5)));
    }

    [Fact]
    public async Task HandoffRequestedByADialogOutsideATurnQueuesAndTellsTheCustomer()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "你好");

        await Host.Services.GetRequiredService<IHandoff>().RequestAsync(new HandoffRequest(key.Channel, key.UserId, "low-survey-score", "回访 2 分"), CancellationToken.None);

        var state = (await Host.Services.GetRequiredService<IConversationStore>().LoadAsync(key, CancellationToken.None)).State;
        Assert.Equal(ConversationMode.Queued, state.Mode);
        Assert.Equal("回访 2 分", state.Handoff?.Summary);
        Assert.Equal(Strings.HandoffNoAgentOnline("zh-CN", "30"), Host.Channel.SentTo(key)[^1].Text);
    }

    private async Task<string> QueueTextAsync()
    {
        using var lead = await Host.SignInAsync("lead1");
        return await lead.GetStringAsync("/api/desk/queue");
    }
}
