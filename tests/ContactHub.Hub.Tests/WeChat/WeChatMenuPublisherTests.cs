using ContactHub.Channels.WeChat;
using ContactHub.Hub.Tests.Fakes;
using ContactHub.Hub.WeChat;

namespace ContactHub.Hub.Tests.WeChat;

/// <summary>
/// <c>wechat publish-menu</c> (issue 4): the shipped <c>WeChat:Menu</c> reaches the fake WeChat API's menu/create as
/// the documented JSON (reference §1.12), with the cached stable token, retried once after 40001, and a menu WeChat
/// would refuse is refused here with every reason and nothing sent.
/// </summary>
public sealed class WeChatMenuPublisherTests : IAsyncLifetime
{
    private readonly FakeWeChatServer _api = new();
    private readonly List<WeChatHubHost> _hosts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await _api.DisposeAsync();
    }

    [Fact]
    public async Task PublishesTheConfiguredMenuAsWeChatsJson()
    {
        var problems = await PublishAsync(Host());

        Assert.Null(problems);
        var sent = Assert.Single(MenuCalls());
        Assert.Equal("TOKEN-1", sent.AccessToken);
        Assert.Contains("\"name\":\"预约保养\"", sent.Body, StringComparison.Ordinal); // raw UTF-8, not \u escapes
        var buttons = sent.Json.GetProperty("button");
        Assert.Equal("预约保养,我的车辆,联系客服", string.Join(",", buttons.EnumerateArray().Select(b => b.GetProperty("name").GetString())));
        Assert.Equal(("click", "BOOK_SERVICE"), (buttons[0].GetProperty("type").GetString(), buttons[0].GetProperty("key").GetString()));
        var vehicles = buttons[1].GetProperty("sub_button");
        Assert.False(buttons[1].TryGetProperty("type", out _));
        Assert.Equal(("click", "RESCHEDULE"), (vehicles[0].GetProperty("type").GetString(), vehicles[0].GetProperty("key").GetString()));
        Assert.Equal(("view", "https://dealer.example.com/care"), (vehicles[2].GetProperty("type").GetString(), vehicles[2].GetProperty("url").GetString()));
        Assert.Equal("CONTACT_AGENT", buttons[2].GetProperty("sub_button")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task ARevokedTokenIsReplacedOnceAndTheMenuSentAgain()
    {
        var hub = Host();
        Assert.Null(await PublishAsync(hub));
        _api.RevokeToken();

        var problems = await PublishAsync(hub);

        Assert.Null(problems);
        Assert.Equal([0, WeChatApiError.InvalidCredential, 0], MenuCalls().Select(c => c.AnsweredErrCode));
        Assert.Equal(2, _api.StableTokenCalls);
        Assert.Equal("TOKEN-2", MenuCalls()[^1].AccessToken);
    }

    [Fact]
    public async Task WeChatsRefusalIsReportedWithItsErrcode()
    {
        _api.AnswerNext(WeChatApiClient.MenuCreatePath, 40018);

        var problems = await PublishAsync(Host());

        Assert.Contains("40018", Assert.Single(problems!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadMenuIsRefusedWithEveryReasonAndNothingIsSent()
    {
        var hub = Host(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["WeChat:Menu:0:Name"] = "预约保养和车辆检查",
            ["WeChat:Menu:1:SubButtons:1:Key"] = "NO_SUCH_DIALOG",
            ["WeChat:Menu:2:SubButtons:1:Url"] = "https://dealer.example.com/store",
        });

        var problems = await PublishAsync(hub);

        Assert.NotNull(problems);
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("WeChat:Menu:0:Name", StringComparison.Ordinal) && p.Contains("16", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("NO_SUCH_DIALOG", StringComparison.Ordinal) && p.Contains("WeChat:MenuKeys", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("WeChat:Menu:2:SubButtons:1", StringComparison.Ordinal) && p.Contains("not both", StringComparison.Ordinal));
        Assert.Empty(_api.Received);
    }

    private WeChatHubHost Host(Dictionary<string, string>? settings = null)
    {
        var host = new WeChatHubHost(_api, settings: settings);
        _hosts.Add(host);
        return host;
    }

    private static Task<IReadOnlyList<string>?> PublishAsync(WeChatHubHost hub) =>
        hub.Services.GetRequiredService<WeChatMenuPublisher>().PublishAsync(CancellationToken.None);

    private List<FakeWeChatServerRequest> MenuCalls() => [.. _api.Received.Where(r => r.Path == WeChatApiClient.MenuCreatePath)];
}
