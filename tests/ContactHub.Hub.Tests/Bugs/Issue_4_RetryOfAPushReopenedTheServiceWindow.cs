using ContactHub.Channels;
using ContactHub.Hub.Outbound;
using ContactHub.Hub.Tests.Fakes;
using ContactHub.Hub.Tests.WeChat;

namespace ContactHub.Hub.Tests.Bugs;

/// <summary>
/// Issue 4: the router opened the customer-service window before the pipeline's dedupe, so WeChat's retry of a push
/// the hub had already handled gave the user a fresh quota of 5 messages. Only a first delivery may open the window.
/// </summary>
public sealed class Issue_4_RetryOfAPushReopenedTheServiceWindow : IAsyncLifetime
{
    private readonly FakeWeChatServer _api = new();
    private WeChatHubHost _hub = null!;

    public Task InitializeAsync()
    {
        _hub = new WeChatHubHost(_api);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task ARetriedPushDoesNotResetTheQuotaItsFirstDeliveryOpened()
    {
        var openId = WeChatHubHost.NewOpenId();
        var push = WeChatHubHost.Text(openId, "你好", WeChatHubHost.NextMsgId());
        await (await _hub.PostPlainAsync(push)).Content.ReadAsStringAsync();
        var quota = new List<ChannelSendResult>();
        for (var i = 1; i <= 5; i++)
        {
            quota.Add(await SendAsync(openId, $"第{i}条"));
        }

        var retry = await (await _hub.PostPlainAsync(push)).Content.ReadAsStringAsync();
        var afterRetry = await SendAsync(openId, "重试之后");

        Assert.All(quota, r => Assert.True(r.Accepted, r.Error));
        Assert.Equal("success", retry);
        Assert.False(afterRetry.Accepted);
        Assert.Contains("customer-service window", afterRetry.Error, StringComparison.Ordinal);
        Assert.Equal(5, _api.CustomerServiceMessages.Count);
    }

    [Fact]
    public async Task ANewMessageStillOpensTheWindowAgain()
    {
        var openId = WeChatHubHost.NewOpenId();
        await (await _hub.PostPlainAsync(WeChatHubHost.Text(openId, "你好"))).Content.ReadAsStringAsync();
        for (var i = 1; i <= 5; i++)
        {
            await SendAsync(openId, $"第{i}条");
        }

        await (await _hub.PostPlainAsync(WeChatHubHost.Text(openId, "还在吗"))).Content.ReadAsStringAsync();
        var afterNewMessage = await SendAsync(openId, "在的");

        Assert.True(afterNewMessage.Accepted, afterNewMessage.Error);
    }

    private Task<ChannelSendResult> SendAsync(string openId, string text) =>
        _hub.Services.GetRequiredService<OutboundDispatcher>()
            .SendAsync(new ConversationKey(ChannelIds.WeChat, openId), Activity.CreateMessage(text, "zh-CN"), CancellationToken.None);
}
