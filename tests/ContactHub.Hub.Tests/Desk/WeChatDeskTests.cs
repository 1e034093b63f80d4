using System.Net;
using ContactHub.Hub.Desk;
using ContactHub.Hub.Tests.Fakes;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Hub.Tests.WeChat;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.TestHost;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>An agent answering a WeChat customer: the reply leaves through WeChat's customer-service message API (issue 6).</summary>
[Collection(RedisCollection.Name)]
public sealed class WeChatDeskTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly FakeWeChatServer _api = new();
    private WeChatHubHost _hub = null!;

    public Task InitializeAsync()
    {
        _hub = new WeChatHubHost(
            _api,
            redis.ConnectionString,
            services: s => s.Configure<DeskOptions>(o => o.DemoPassword = DeskHost.Password),
            appId: "wx" + Guid.NewGuid().ToString("N")[..16]);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task AgentReplyReachesAWeChatCustomerThroughTheCustomerServiceApi()
    {
        var openId = WeChatHubHost.NewOpenId();
        var key = new ContactHub.Channels.ConversationKey("wechat", openId);
        using var asked = await _hub.PostPlainAsync(WeChatHubHost.Text(openId, "转人工"));
        Assert.Contains("人工客服", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var server = (TestServer)_hub.Services.GetRequiredService<IServer>();
        using var agent = new DeskClient(server.CreateClient());
        await agent.SignInAsync("agent1", DeskHost.Password);
        Assert.Equal(HttpStatusCode.NoContent, (await agent.ClaimAsync(key)).StatusCode);

        using var reply = await agent.ReplyAsync(key, "您好，我是客服小王，请讲。");

        Assert.Equal(HttpStatusCode.NoContent, reply.StatusCode);
        var sent = await _api.WaitForCustomerServiceMessagesAsync(2);
        Assert.Equal("您好，我是客服小王，请讲。", sent[^1].ShownText);
        Assert.Equal(openId, sent[^1].Json.GetProperty("touser").GetString());
    }
}
