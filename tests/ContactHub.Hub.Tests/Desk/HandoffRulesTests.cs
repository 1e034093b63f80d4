using System.Net;
using ContactHub.Dialogs.Resources;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>Escalations other than the customer asking, and a supervisor's reassignment.</summary>
public sealed class HandoffRulesTests(InProcessDeskFixture fixture) : IClassFixture<InProcessDeskFixture>
{
    private DeskHost Host => fixture.Host;

    private IConversationStore Store => Host.Services.GetRequiredService<IConversationStore>();

    [Fact]
    public async Task SecondMessageInARowTheBotDoesNotUnderstandQueuesTheConversation()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "你好");

        var first = await Host.SendAsync(key, "啊啊啊");
        Assert.Equal(Strings.NotUnderstood("zh-CN"), first.Replies[0].Text);
        Assert.Equal((ConversationMode.Bot, 1), await ModeAndFailuresAsync(key));

        var second = await Host.SendAsync(key, "呃呃呃");

        var after = (await Store.LoadAsync(key, CancellationToken.None)).State;
        Assert.Equal(ConversationMode.Queued, after.Mode);
        Assert.Equal("bot-not-understood", after.Handoff?.Reason);
        Assert.Equal(0, after.RecognizerFailures);
        Assert.Equal([Strings.HandoffNotUnderstood("zh-CN"), Strings.HandoffNoAgentOnline("zh-CN", "30")], second.Replies.Select(r => r.Text), StringComparer.Ordinal);
    }

    [Fact]
    public async Task AnUnderstoodMessageInBetweenStartsTheCountAgain()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "你好");
        await Host.SendAsync(key, "啊啊啊");

        await Host.SendAsync(key, "谢谢");
        Assert.Equal((ConversationMode.Bot, 0), await ModeAndFailuresAsync(key));
        await Host.SendAsync(key, "呃呃呃");

        Assert.Equal((ConversationMode.Bot, 1), await ModeAndFailuresAsync(key));
    }

    [Theory]
    [InlineData("菜单")]
    [InlineData("取消")]
    [InlineData("帮助")]
    public async Task AGlobalCommandInBetweenStartsTheCountAgain(string command)
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "你好");
        await Host.SendAsync(key, "啊啊啊");

        await Host.SendAsync(key, command);
        Assert.Equal((ConversationMode.Bot, 0), await ModeAndFailuresAsync(key));
        await Host.SendAsync(key, "呃呃呃");

        Assert.Equal(ConversationMode.Bot, (await ModeAndFailuresAsync(key)).Item1);
    }

    [Fact]
    public async Task AMajorComplaintQueuesTheConversationAndTheQueueNoticeIsTheBotsLastWord()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "投诉");
        await Host.SendAsync(key, "换的配件是假货，再不处理我就投诉到厂家");

        var confirmed = await Host.SendAsync(key, "对");

        var state = (await Store.LoadAsync(key, CancellationToken.None)).State;
        Assert.Equal((ConversationMode.Queued, "major-complaint"), (state.Mode, state.Handoff?.Reason));
        Assert.StartsWith("TS-", state.Handoff?.Summary, StringComparison.Ordinal);
        Assert.Equal(Strings.HandoffNoAgentOnline("zh-CN", "30"), confirmed.Replies[^1].Text);
        Assert.DoesNotContain(confirmed.Replies, r => r.Text == Strings.HandoffRequested("zh-CN"));
    }

    private async Task<(ConversationMode, int)> ModeAndFailuresAsync(ContactHub.Channels.ConversationKey key)
    {
        var state = (await Store.LoadAsync(key, CancellationToken.None)).State;
        return (state.Mode, state.RecognizerFailures);
    }

    [Fact]
    public async Task SupervisorReassignsAnAgentsConversation()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "人工");
        using var agent1 = await Host.SignInAsync("agent1");
        using var agent2 = await Host.SignInAsync("agent2");
        using var lead = await Host.SignInAsync("lead1");
        await agent1.ClaimAsync(key);

        Assert.Equal(HttpStatusCode.NoContent, (await lead.TransferAsync(key, "agent2")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await agent1.ReplyAsync(key, "我还在")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await agent2.ReplyAsync(key, "您好，我接手了")).StatusCode);
        Assert.Equal("agent2", (await Store.LoadAsync(key, CancellationToken.None)).State.Handoff?.Agent);
    }

    [Fact]
    public async Task TransferToAnUnknownAgentIsRefused()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "人工");
        using var agent1 = await Host.SignInAsync("agent1");
        await agent1.ClaimAsync(key);

        Assert.Equal(HttpStatusCode.BadRequest, (await agent1.TransferAsync(key, "nobody")).StatusCode);
        Assert.Equal("agent1", (await Store.LoadAsync(key, CancellationToken.None)).State.Handoff?.Agent);
    }
}
