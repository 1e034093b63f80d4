using System.Net;
using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>Issue 6's access rules: 401 without sign-in, 403 for other agents' conversations, anti-forgery on every change.</summary>
public sealed class DeskSecurityTests(InProcessDeskFixture fixture) : IClassFixture<InProcessDeskFixture>
{
    private DeskHost Host => fixture.Host;

    [Theory]
    [InlineData("GET", "/api/desk/queue")]
    [InlineData("GET", "/api/desk/agents")]
    [InlineData("GET", "/api/desk/live")]
    [InlineData("GET", "/api/desk/conversations/test/someone")]
    [InlineData("POST", "/api/desk/conversations/test/someone/claim")]
    [InlineData("POST", "/api/desk/signout")]
    [InlineData("POST", "/hubs/desk/negotiate?negotiateVersion=1")]
    public async Task UnauthenticatedCallsGet401NotARedirect(string method, string path)
    {
        using var client = Host.AnonymousClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("/desk")]
    [InlineData("/desk/")]
    public async Task DeskPageIsServedWithoutSignIn(string path)
    {
        using var client = Host.AnonymousClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("客服工作台", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPasswordIsRefusedWith401()
    {
        using var desk = new DeskClient(Host.AnonymousClient());

        using var response = await desk.TrySignInAsync("agent1", "not-the-password");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await desk.GetAsync("/api/desk/queue")).StatusCode);
    }

    [Fact]
    public async Task SignedInAgentReadsTheQueue()
    {
        using var desk = await Host.SignInAsync("agent1");

        using var response = await desk.GetAsync("/api/desk/queue");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task CrossSitePostWithoutTheAntiforgeryTokenIsRefused()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "人工");
        using var desk = await Host.SignInAsync("agent1");

        using var forged = await desk.PostAsync($"{DeskClient.Path(key)}/claim", body: null, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("queued", await ModeAsync(desk, key));
        using var genuine = await desk.ClaimAsync(key);
        Assert.Equal(HttpStatusCode.NoContent, genuine.StatusCode);
    }

    [Fact]
    public async Task ReloadedPageStaysSignedInAndItsNewTokenIsAccepted()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "人工");
        using var desk = await Host.SignInAsync("agent1");

        var session = System.Text.Json.JsonDocument.Parse(await desk.GetStringAsync("/api/desk/session")).RootElement;
        using var claim = await desk.PostAsync($"{DeskClient.Path(key)}/claim", body: null, withToken: false, token: session.GetProperty("token").GetString());

        Assert.Equal("agent1", session.GetProperty("user").GetProperty("userName").GetString());
        Assert.Equal(HttpStatusCode.NoContent, claim.StatusCode);
    }

    [Fact]
    public async Task SignInWithoutTheAntiforgeryTokenIsRefused()
    {
        using var client = Host.AnonymousClient();
        using var desk = new DeskClient(client);

        using var response = await desk.PostAsync("/api/desk/signin", new { userName = "agent1", password = DeskHost.Password }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AgentReadingAConversationNeitherQueuedNorTheirsGets403()
    {
        var botOnly = TestActivities.NewKey();
        await Host.SendAsync(botOnly, "你好");
        using var agent = await Host.SignInAsync("agent2");

        using var response = await agent.ConversationAsync(botOnly);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnotherAgentsConversationIs403ForAnAgentAndReadableForASupervisor()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "转人工");
        using var owner = await Host.SignInAsync("agent1");
        using var other = await Host.SignInAsync("agent2");
        using var lead = await Host.SignInAsync("lead1");
        Assert.Equal(HttpStatusCode.OK, (await other.ConversationAsync(key)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.ClaimAsync(key)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.ConversationAsync(key)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.ReplyAsync(key, "我来回答")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.ConversationAsync(key)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lead.ConversationAsync(key)).StatusCode);
    }

    [Fact]
    public async Task AgentsSeeOnlyTheBotsLiveConversationsAndOnlySupervisorsTakeOverAQueuedOne()
    {
        var withBot = TestActivities.NewKey();
        await Host.SendAsync(withBot, "你好");
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "人工");
        using var agent = await Host.SignInAsync("agent1");
        using var lead = await Host.SignInAsync("lead1");

        var agentsList = await agent.GetStringAsync("/api/desk/live");
        Assert.Contains(withBot.UserId, agentsList, StringComparison.Ordinal);
        Assert.DoesNotContain(key.UserId, agentsList, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.TakeOverAsync(key)).StatusCode);
        Assert.Contains(key.UserId, await lead.GetStringAsync("/api/desk/live"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await lead.TakeOverAsync(key)).StatusCode);
        Assert.Equal("agent", await ModeAsync(lead, key));
    }

    private static async Task<string> ModeAsync(DeskClient desk, ContactHub.Channels.ConversationKey key)
    {
        using var response = await desk.ConversationAsync(key);
        var view = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return view.RootElement.GetProperty("mode").GetString()!;
    }
}
