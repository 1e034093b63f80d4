using System.Net;
using System.Text.Json;
using ContactHub.Channels;
using ContactHub.Channels.WeChat;
using ContactHub.Hub.Outbound;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Fakes;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Hub.WeChat;
using StackExchange.Redis;

namespace ContactHub.Hub.Tests.WeChat;

/// <summary>The WeChat behaviour that must hold across hub instances: Redis dedupe, the shared token, windows, identity status.</summary>
[Collection(RedisCollection.Name)]
public sealed class WeChatRedisTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly FakeWeChatServer _api = new();
    private readonly string _appId = "wx" + Guid.NewGuid().ToString("N")[..16];
    private WeChatHubHost _hub = null!;

    public Task InitializeAsync()
    {
        _hub = Host();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task BadSignatureGets401WithNoTurnAndNoRedisWrite()
    {
        var openId = WeChatHubHost.NewOpenId();
        var msgId = WeChatHubHost.NextMsgId();
        var forged = WeChatSignature.Compute("guessed-token", WeChatHubHost.Now(), "1590219412");

        var response = await _hub.PostPlainAsync(WeChatHubHost.Text(openId, "你好", msgId), signature: forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await KeysAsync($"*{openId}*"));
        Assert.Empty(await KeysAsync($"*{msgId}*"));
        Assert.Empty(await _hub.TranscriptAsync(openId));
    }

    [Fact]
    public async Task ARetryReachingAnotherInstanceStartsNoSecondTurn()
    {
        await using var other = Host(_hub.RecordsPath);
        var openId = WeChatHubHost.NewOpenId();
        var push = WeChatHubHost.Text(openId, "你好", WeChatHubHost.NextMsgId());

        var first = await (await _hub.PostPlainAsync(push)).Content.ReadAsStringAsync();
        var second = await (await other.PostPlainAsync(push)).Content.ReadAsStringAsync();
        var third = await (await _hub.PostPlainAsync(push)).Content.ReadAsStringAsync();

        // A retry this instance is still finishing may get the same passive answer again; it never gets a second turn.
        var content = WeChatHubHost.ParseReply(first)["Content"];
        Assert.Contains("预约保养", content, StringComparison.Ordinal);
        Assert.Equal("success", second);
        Assert.True(third == "success" || WeChatHubHost.ParseReply(third)["Content"] == content, third);
        Assert.Equal(2, (await _hub.WaitForTranscriptAsync(openId, entries: 2)).Count);
        Assert.Empty(_api.CustomerServiceMessages);
    }

    [Fact]
    public async Task TwoHubInstancesFetchTheAccessTokenOnce()
    {
        await using var other = Host();
        var openId = await OpenWindowAsync();

        var fromFirst = await SendAsync(_hub, openId, "第一条");
        var fromSecond = await SendAsync(other, openId, "第二条");

        Assert.True(fromFirst.Accepted, fromFirst.Error);
        Assert.True(fromSecond.Accepted, fromSecond.Error);
        Assert.Equal(1, _api.StableTokenCalls);
        Assert.Single(_api.CustomerServiceMessages.Select(m => m.AccessToken).Distinct(StringComparer.Ordinal));
        Assert.False(string.IsNullOrEmpty(await redis.Connection.GetDatabase().StringGetAsync(StateKeys.WeChatToken(_appId))));
    }

    [Fact]
    public async Task ExpiredAccessTokenIsRefreshedOnceNotOncePerInstance()
    {
        await using var other = Host();
        var openId = await OpenWindowAsync();
        await SendAsync(_hub, openId, "缓存令牌");
        await SendAsync(other, openId, "缓存令牌");
        var callsBefore = _api.StableTokenCalls;

        _api.RevokeToken();
        var fromFirst = await SendAsync(_hub, openId, "令牌过期后");
        var fromSecond = await SendAsync(other, openId, "另一实例");

        Assert.True(fromFirst.Accepted, fromFirst.Error);
        Assert.True(fromSecond.Accepted, fromSecond.Error);
        Assert.Equal(callsBefore + 1, _api.StableTokenCalls);
        Assert.Equal(2, _api.CustomerServiceMessages.Count(m => m.AnsweredErrCode == WeChatApiError.InvalidCredential));
        var last = _api.CustomerServiceMessages[^1];
        Assert.Equal(0, last.AnsweredErrCode);
        Assert.Equal("另一实例", last.ShownText);
    }

    [Fact]
    public async Task UnsubscribedUserGetsNothing()
    {
        var openId = await OpenWindowAsync();
        var response = await _hub.PostPlainAsync(WeChatHubHost.Event(openId, WeChatEvents.Unsubscribe));
        var countBefore = _api.CustomerServiceMessages.Count;

        var result = await SendAsync(_hub, openId, "您的爱车该保养了");

        Assert.Equal("success", await response.Content.ReadAsStringAsync());
        Assert.False(result.Accepted);
        Assert.True(result.Permanent);
        Assert.Equal(countBefore, _api.CustomerServiceMessages.Count);
        Assert.Equal("inactive", await redis.Connection.GetDatabase().StringGetAsync(StateKeys.IdentityStatus(Key(openId))));
    }

    [Fact]
    public async Task FollowWithAQrSceneGetsTheGreetingThenTheBindIdentityOfferInOrder()
    {
        var openId = WeChatHubHost.NewOpenId();

        var response = await _hub.PostPlainAsync(WeChatHubHost.Event(openId, WeChatEvents.Subscribe, "qrscene_showroom_A", "<Ticket><![CDATA[T]]></Ticket>"));

        Assert.Equal("success", await response.Content.ReadAsStringAsync());
        var sent = await _api.WaitForCustomerServiceMessagesAsync(2);
        Assert.Equal("msgmenu", sent[0].Json.GetProperty("msgtype").GetString());
        Assert.Contains("欢迎", sent[0].ShownText, StringComparison.Ordinal);
        Assert.Contains("绑定车主身份", sent[1].ShownText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MenuClickIsAnsweredAsTheWordsItsKeyIsConfiguredFor()
    {
        var openId = WeChatHubHost.NewOpenId();
        await _hub.PostPlainAsync(WeChatHubHost.Text(openId, "你好"));

        var response = await _hub.PostPlainAsync(WeChatHubHost.Event(openId, WeChatEvents.Click, "STORE_INFO"));

        Assert.Equal("success", await response.Content.ReadAsStringAsync());
        var sent = await _api.WaitForCustomerServiceMessagesAsync(2);
        Assert.Contains("营业时间", sent[0].ShownText, StringComparison.Ordinal);
        Assert.Equal("msgmenu", sent[1].Json.GetProperty("msgtype").GetString());
    }

    [Fact]
    public async Task MenuLinkClickIsAnsweredWithSuccessAndStartsNoTurn()
    {
        var openId = WeChatHubHost.NewOpenId();

        var response = await _hub.PostPlainAsync(WeChatHubHost.Event(openId, WeChatEvents.View, "https://dealer.example/offers"));

        Assert.Equal("success", await response.Content.ReadAsStringAsync());
        Assert.Empty(await _hub.TranscriptAsync(openId));
    }

    [Fact]
    public async Task TemplateDeliveryResultIsRecordedUnderItsMsgId()
    {
        var openId = WeChatHubHost.NewOpenId();
        var reminder = new Activity
        {
            Text = "保养提醒",
            ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string>(StringComparer.Ordinal) { [WeChatAdapter.TemplateProperty] = "ServiceReminder" }),
            Value = JsonSerializer.SerializeToElement(new Dictionary<string, string>(StringComparer.Ordinal) { ["plate"] = "粤A12345", ["due"] = "2026-12-01" }),
        };

        var sent = await Dispatcher(_hub).SendAsync(Key(openId), reminder, CancellationToken.None);
        await _hub.PostPlainAsync(WeChatHubHost.Event(openId, WeChatEvents.TemplateSendJobFinish, extra: $"<MsgID>{sent.ChannelMessageId}</MsgID><Status><![CDATA[failed:user block]]></Status>"));

        Assert.True(sent.Accepted, sent.Error);
        var body = _api.Received.Single(r => r.Path == FakeWeChatServer.TemplateSendPath).Json;
        Assert.Equal("粤A12345", body.GetProperty("data").GetProperty("keyword1").GetProperty("value").GetString());
        var status = await redis.Connection.GetDatabase().HashGetAsync(StateKeys.WeChatTemplateDelivery(_appId, sent.ChannelMessageId!), "status");
        Assert.Equal("failed:user block", status);
    }

    [Fact]
    public async Task ReplyToAUserWhoNeverWroteFailsPermanentlyInsteadOfBeingDropped()
    {
        var result = await SendAsync(_hub, WeChatHubHost.NewOpenId(), "窗口外的消息");

        Assert.False(result.Accepted);
        Assert.True(result.Permanent);
        Assert.Contains("customer-service window", result.Error, StringComparison.Ordinal);
        Assert.Empty(_api.CustomerServiceMessages);
    }

    [Fact]
    public async Task TheSixthMessageInA48HourWindowIsNotSent()
    {
        var openId = await OpenWindowAsync();
        var results = new List<ChannelSendResult>();
        for (var i = 1; i <= 6; i++)
        {
            results.Add(await SendAsync(_hub, openId, $"第{i}条"));
        }

        Assert.All(results[..5], r => Assert.True(r.Accepted, r.Error));
        Assert.False(results[5].Accepted);
        Assert.Equal(5, _api.CustomerServiceMessages.Count);
    }

    [Theory]
    [InlineData(WeChatApiError.OutOfWindow, true)]
    [InlineData(WeChatApiError.TooManyMessages, true)]
    [InlineData(WeChatApiError.SystemBusy, false)]
    public async Task AnApiRefusalBecomesAFailedSend(int errCode, bool permanent)
    {
        var openId = await OpenWindowAsync();
        _api.AnswerNext(FakeWeChatServer.CustomSendPath, errCode);

        var result = await SendAsync(_hub, openId, "会被拒绝");

        Assert.False(result.Accepted);
        Assert.Equal(permanent, result.Permanent);
        Assert.Contains(errCode.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WindowClosedByWeChatStopsFurtherSends()
    {
        var openId = await OpenWindowAsync();
        _api.AnswerNext(FakeWeChatServer.CustomSendPath, WeChatApiError.OutOfWindow);
        await SendAsync(_hub, openId, "会被拒绝");

        var next = await SendAsync(_hub, openId, "不该再发");

        Assert.False(next.Accepted);
        Assert.Single(_api.CustomerServiceMessages);
    }

    [Fact]
    public async Task ConversationInSafeModeRunsEndToEndAsFarAsTheBotGoes()
    {
        var openId = WeChatHubHost.NewOpenId();

        var greeting = _hub.OpenEncryptedReply(await (await _hub.PostSafeAsync(WeChatHubHost.Text(openId, "你好"))).Content.ReadAsStringAsync());
        var storeInfo = await (await _hub.PostSafeAsync(WeChatHubHost.Text(openId, "5"))).Content.ReadAsStringAsync();
        var storeSent = await _api.WaitForCustomerServiceMessagesAsync(2);
        var booking = await (await _hub.PostSafeAsync(WeChatHubHost.Text(openId, "预约保养"))).Content.ReadAsStringAsync();
        var bookingSent = await _api.WaitForCustomerServiceMessagesAsync(4);

        Assert.Contains("回复 5 门店信息", greeting["Content"], StringComparison.Ordinal);
        Assert.Equal("success", storeInfo);
        Assert.Contains("营业时间", storeSent[0].ShownText, StringComparison.Ordinal);
        Assert.Equal("msgmenu", storeSent[1].Json.GetProperty("msgtype").GetString());
        Assert.Equal("success", booking);
        Assert.Contains("预约保养", bookingSent[2].ShownText, StringComparison.Ordinal);
        var transcript = await _hub.WaitForTranscriptAsync(openId, entries: 8);
        Assert.Equal(3, transcript.Count(t => t.Direction == ContactHub.Hub.Records.TranscriptDirection.Inbound));
        Assert.All(transcript.Where(t => t.Direction == ContactHub.Hub.Records.TranscriptDirection.Outbound), t => Assert.Equal("accepted", t.DeliveryStatus));
    }

    private WeChatHubHost Host(string? recordsPath = null) => new(_api, redis.ConnectionString, recordsPath: recordsPath, appId: _appId);

    private static ConversationKey Key(string openId) => new(ChannelIds.WeChat, openId);

    private static OutboundDispatcher Dispatcher(WeChatHubHost hub) => hub.Services.GetRequiredService<OutboundDispatcher>();

    private static Task<ChannelSendResult> SendAsync(WeChatHubHost hub, string openId, string text) =>
        Dispatcher(hub).SendAsync(Key(openId), Activity.CreateMessage(text, "zh-CN"), CancellationToken.None);

    /// <summary>A user who just wrote: their 48-hour window is open (the message itself is answered passively).</summary>
    private async Task<string> OpenWindowAsync()
    {
        var openId = WeChatHubHost.NewOpenId();
        await _hub.Services.GetRequiredService<IWeChatServiceWindowStore>()
            .OpenAsync(Key(openId), WeChatServiceWindowKind.Message, DateTimeOffset.UtcNow, CancellationToken.None);
        return openId;
    }

    private async Task<List<RedisKey>> KeysAsync(string pattern)
    {
        var server = redis.Connection.GetServers()[0];
        var keys = new List<RedisKey>();
        await foreach (var key in server.KeysAsync(pattern: pattern))
        {
            keys.Add(key);
        }

        return keys;
    }
}
