using System.Net;
using System.Text.Json;
using ContactHub.Channels;
using ContactHub.Dialogs.Resources;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>Issue 6: "an agent or supervisor picks a live conversation from the list"; an agent may pick only the bot's.</summary>
public sealed class AgentPicksLiveConversationTests(InProcessDeskFixture fixture) : IClassFixture<InProcessDeskFixture>
{
    private DeskHost Host => fixture.Host;

    [Fact]
    public async Task AgentSeesTheBotsConversationsWithTheirSummaryButNotQueuedOrOtherAgentsOnes()
    {
        var withBot = TestActivities.NewKey();
        await Host.SendAsync(withBot, "我想预约保养");
        var queued = TestActivities.NewKey();
        await Host.SendAsync(queued, "人工");
        var others = TestActivities.NewKey();
        await Host.SendAsync(others, "人工");
        using var agent1 = await Host.SignInAsync("agent1");
        using var agent2 = await Host.SignInAsync("agent2");
        Assert.Equal(HttpStatusCode.NoContent, (await agent2.ClaimAsync(others)).StatusCode);

        var live = await LiveAsync(agent1);

        var row = Assert.Single(live, r => r.UserId == withBot.UserId);
        Assert.Equal("bot", row.Mode);
        Assert.Contains("我想预约保养", row.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(live, r => r.UserId == queued.UserId || r.UserId == others.UserId);
        Assert.All(live, r => Assert.Equal("bot", r.Mode));
    }

    [Fact]
    public async Task AgentPicksABotConversationThenTheBotIsSilentAndTheCustomerReachesTheAgent()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "你好");
        using var agent = await Host.SignInAsync("agent1");

        using var pick = await agent.TakeOverAsync(key);

        Assert.Equal(HttpStatusCode.NoContent, pick.StatusCode);
        var state = await StateAsync(key);
        Assert.Equal((ConversationMode.Agent, "agent1"), (state.Mode, state.Handoff?.Agent));
        Assert.Single(await Host.AuditAsync(key), a => a.Action == "take-over" && a.Agent == "agent1");
        Assert.Equal(Strings.AgentJoined("zh-CN", "王晓敏"), Host.Channel.SentTo(key)[^1].Text);
        var sentBefore = Host.Channel.SentTo(key).Count;

        var next = await Host.SendAsync(key, "我的车灯不亮了");

        Assert.Empty(next.Replies);
        Assert.Equal(sentBefore, Host.Channel.SentTo(key).Count);
        using var view = await agent.ConversationAsync(key);
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.Contains("我的车灯不亮了", await view.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await LiveAsync(agent), r => r.UserId == key.UserId);
    }

    [Fact]
    public async Task AgentCannotPickAQueuedConversationOrAnotherAgentsOne()
    {
        var queued = TestActivities.NewKey();
        await Host.SendAsync(queued, "人工");
        var others = TestActivities.NewKey();
        await Host.SendAsync(others, "人工");
        using var agent1 = await Host.SignInAsync("agent1");
        using var agent2 = await Host.SignInAsync("agent2");
        Assert.Equal(HttpStatusCode.NoContent, (await agent2.ClaimAsync(others)).StatusCode);

        using var pickQueued = await agent1.TakeOverAsync(queued);
        using var pickOthers = await agent1.TakeOverAsync(others);

        Assert.Equal(HttpStatusCode.Forbidden, pickQueued.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, pickOthers.StatusCode);
        Assert.Equal(ConversationMode.Queued, (await StateAsync(queued)).Mode);
        Assert.Equal("agent2", (await StateAsync(others)).Handoff?.Agent);
        Assert.DoesNotContain(await Host.AuditAsync(queued), a => a.Action == "take-over");
        Assert.DoesNotContain(await Host.AuditAsync(others), a => a.Action == "take-over");
    }

    [Fact]
    public async Task TwoAgentsPickingTheSameConversationAtOnceExactlyOneWins()
    {
        using var agent1 = await Host.SignInAsync("agent1");
        using var agent2 = await Host.SignInAsync("agent2");
        for (var round = 0; round < 5; round++)
        {
            var key = TestActivities.NewKey();
            await Host.SendAsync(key, "你好");

            var picks = await Task.WhenAll(agent1.TakeOverAsync(key), agent2.TakeOverAsync(key));

            Assert.Single(picks, p => p.StatusCode == HttpStatusCode.NoContent);
            Assert.Single(picks, p => p.StatusCode == HttpStatusCode.Forbidden);
            var winner = picks[0].StatusCode == HttpStatusCode.NoContent ? "agent1" : "agent2";
            Assert.Equal(winner, (await StateAsync(key)).Handoff?.Agent);
            Assert.Single(await Host.AuditAsync(key), a => a.Action == "take-over");
            foreach (var pick in picks)
            {
                pick.Dispose();
            }
        }
    }

    [Fact]
    public async Task SupervisorStillTakesAnAgentsConversation()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "人工");
        using var agent = await Host.SignInAsync("agent1");
        using var lead = await Host.SignInAsync("lead1");
        Assert.Equal(HttpStatusCode.NoContent, (await agent.ClaimAsync(key)).StatusCode);

        using var takeOver = await lead.TakeOverAsync(key);

        Assert.Equal(HttpStatusCode.NoContent, takeOver.StatusCode);
        Assert.Equal("lead1", (await StateAsync(key)).Handoff?.Agent);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.ConversationAsync(key)).StatusCode);
        Assert.Equal(Strings.AgentJoined("zh-CN", "陈主管"), Host.Channel.SentTo(key)[^1].Text);
    }

    [Fact]
    public async Task PickingAConversationOneAlreadyOwnsTellsTheCustomerNothingNew()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "人工");
        using var lead = await Host.SignInAsync("lead1");
        Assert.Equal(HttpStatusCode.NoContent, (await lead.ClaimAsync(key)).StatusCode);
        var sentBefore = Host.Channel.SentTo(key).Count;

        using var again = await lead.TakeOverAsync(key);

        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(sentBefore, Host.Channel.SentTo(key).Count);
    }

    private async Task<ConversationState> StateAsync(ConversationKey key) =>
        (await Host.Services.GetRequiredService<IConversationStore>().LoadAsync(key, CancellationToken.None)).State;

    private static async Task<List<LiveRow>> LiveAsync(DeskClient desk) =>
        JsonSerializer.Deserialize<List<LiveRow>>(await desk.GetStringAsync("/api/desk/live"), JsonSerializerOptions.Web)!;

    private sealed record LiveRow(string Channel, string UserId, string Mode, string? Summary, string? Agent);
}
