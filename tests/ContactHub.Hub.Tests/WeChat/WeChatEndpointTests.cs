using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ContactHub.Channels.WeChat;
using ContactHub.Hub.Tests.Fakes;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Hub.Tests.WeChat;

/// <summary>The WeChat server URL over HTTP (issue 4), with in-process state: verification, parsing and passive replies.</summary>
public sealed class WeChatEndpointTests : IAsyncLifetime
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
    public async Task ServerCheckEchoesEchostrWhenTheSignatureIsValid()
    {
        var timestamp = WeChatHubHost.Now();
        var signature = WeChatSignature.Compute(WeChatHubHost.Token, timestamp, "1590219412");

        var response = await _hub.Client.GetAsync(
            new Uri($"/channels/wechat?signature={signature}&timestamp={timestamp}&nonce=1590219412&echostr=1616140317555161061", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1616140317555161061", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ServerCheckWithAWrongSignatureGets401AndNoEcho()
    {
        var timestamp = WeChatHubHost.Now();
        var signature = WeChatSignature.Compute("not-the-token", timestamp, "1590219412");

        var response = await _hub.Client.GetAsync(
            new Uri($"/channels/wechat?signature={signature}&timestamp={timestamp}&nonce=1590219412&echostr=1616140317555161061", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("1616140317555161061", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushWithAStaleTimestampGets401AndNoTurn()
    {
        var openId = WeChatHubHost.NewOpenId();
        var stale = DateTimeOffset.UtcNow.AddSeconds(-301).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await _hub.PostPlainAsync(WeChatHubHost.Text(openId, "你好"), timestamp: stale);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await _hub.TranscriptAsync(openId));
    }

    [Theory]
    [InlineData("<xml><ToUserName>")]
    [InlineData("{\"touser\":\"json is not xml\"}")]
    [InlineData("<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><Content>&x;</Content></xml>")]
    [InlineData("<xml><ToUserName><![CDATA[gh_1]]></ToUserName></xml>")]
    public async Task MalformedXmlGets400ProblemDetails(string body)
    {
        var response = await _hub.PostPlainAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.False(string.IsNullOrEmpty(problem?.Detail));
    }

    [Fact]
    public async Task OversizedXmlGets400ProblemDetails()
    {
        var body = WeChatHubHost.Text(WeChatHubHost.NewOpenId(), new string('长', WeChatXml.MaxDocumentBytes));

        var response = await _hub.PostPlainAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("exceeds", (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainTextMessageGetsThePassiveReplyWithTheMainMenu()
    {
        var openId = WeChatHubHost.NewOpenId();

        var response = await _hub.PostPlainAsync(WeChatHubHost.Text(openId, "你好"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = WeChatHubHost.ParseReply(await response.Content.ReadAsStringAsync());
        Assert.Equal(openId, reply.ToUserName);
        Assert.Equal(WeChatHubHost.Account, reply.FromUserName);
        Assert.Equal("text", reply.MsgType);
        Assert.Contains("回复 1 预约保养", reply["Content"], StringComparison.Ordinal);
        Assert.Contains("门店信息", reply["Content"], StringComparison.Ordinal);
        Assert.Empty(_api.CustomerServiceMessages);
    }

    [Fact]
    public async Task SafeModeMessageGetsAnEncryptedPassiveReplyThatDecryptsToTheReply()
    {
        var openId = WeChatHubHost.NewOpenId();

        var response = await _hub.PostSafeAsync(WeChatHubHost.Text(openId, "你好"));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("预约保养", body, StringComparison.Ordinal);
        var reply = _hub.OpenEncryptedReply(body);
        Assert.Equal(openId, reply.ToUserName);
        Assert.Contains("回复 1 预约保养", reply["Content"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SafeModePushWithAWrongMsgSignatureGets401()
    {
        var encrypt = _hub.Crypto.Encrypt(WeChatHubHost.Text(WeChatHubHost.NewOpenId(), "你好"));
        var timestamp = WeChatHubHost.Now();
        var wrong = WeChatSignature.ComputeMessage(WeChatHubHost.Token, timestamp, "1", encrypt + "x");
        var body = $"<xml><ToUserName><![CDATA[{WeChatHubHost.Account}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>";

        var response = await _hub.Client.PostAsync(
            new Uri($"/channels/wechat?timestamp={timestamp}&nonce=1&encrypt_type=aes&msg_signature={wrong}", UriKind.Relative),
            new StringContent(body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TwoRepliesGoOutInOrderThroughTheCustomerServiceApiAndTheRequestGetsSuccess()
    {
        var openId = WeChatHubHost.NewOpenId();
        await _hub.PostPlainAsync(WeChatHubHost.Text(openId, "你好"));

        var response = await _hub.PostPlainAsync(WeChatHubHost.Text(openId, "门店信息"));

        Assert.Equal("success", await response.Content.ReadAsStringAsync());
        var sent = await _api.WaitForCustomerServiceMessagesAsync(2);
        Assert.Equal("text", sent[0].Json.GetProperty("msgtype").GetString());
        Assert.Contains("营业时间", sent[0].ShownText, StringComparison.Ordinal);
        Assert.Equal("msgmenu", sent[1].Json.GetProperty("msgtype").GetString());
        Assert.Equal(5, sent[1].Json.GetProperty("msgmenu").GetProperty("list").GetArrayLength());
        Assert.All(sent, m => Assert.Equal(openId, m.Json.GetProperty("touser").GetString()));
    }

    [Fact]
    public async Task MsgMenuClickBackIsAnsweredAsTheChosenItem()
    {
        var openId = WeChatHubHost.NewOpenId();
        await _hub.PostPlainAsync(WeChatHubHost.Text(openId, "你好"));

        await _hub.PostPlainAsync(WeChatHubHost.Text(openId, "门店信息", extra: "<bizmsgmenuid>5</bizmsgmenuid>"));

        var sent = await _api.WaitForCustomerServiceMessagesAsync(1);
        Assert.Contains("营业时间", sent[0].ShownText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowTurnAnswersSuccessWithinTheDeadlineAndTheReplyThenArrivesThroughTheCustomerServiceApi()
    {
        var gate = new TurnGate();
        var deadline = TimeSpan.FromMilliseconds(300);
        await using var hub = new WeChatHubHost(_api, deadline: deadline, services: s => GatedConversationStore.Install(s, gate));
        var openId = WeChatHubHost.NewOpenId();

        var clock = Stopwatch.StartNew();
        var response = await hub.PostPlainAsync(WeChatHubHost.Text(openId, "你好"));
        clock.Stop();

        Assert.Equal("success", await response.Content.ReadAsStringAsync());
        Assert.InRange(clock.Elapsed, deadline, TimeSpan.FromSeconds(4));
        Assert.Empty(_api.CustomerServiceMessages);
        gate.Open();
        var sent = await _api.WaitForCustomerServiceMessagesAsync(1);
        Assert.Contains("预约保养", sent[0].ShownText + sent[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetriesOfOneMsgIdWhileTheFirstIsStillRunningStartOneTurnAndSendOneReply()
    {
        var gate = new TurnGate();
        await using var hub = new WeChatHubHost(_api, deadline: TimeSpan.FromMilliseconds(200), services: s => GatedConversationStore.Install(s, gate));
        var openId = WeChatHubHost.NewOpenId();
        var push = WeChatHubHost.Text(openId, "你好", WeChatHubHost.NextMsgId());

        var first = hub.PostPlainAsync(push);
        await gate.Entered.WaitAsync(TimeSpan.FromSeconds(10));
        var retries = await Task.WhenAll(hub.PostPlainAsync(push), hub.PostPlainAsync(push), hub.PostPlainAsync(push));
        gate.Open();

        Assert.Equal("success", await (await first).Content.ReadAsStringAsync());
        foreach (var retry in retries)
        {
            Assert.Equal("success", await retry.Content.ReadAsStringAsync());
        }

        await _api.WaitForCustomerServiceMessagesAsync(1);
        await hub.WaitForTranscriptAsync(openId, entries: 2);
        Assert.Equal(1, gate.Turns);
        Assert.Single(_api.CustomerServiceMessages);
    }

    [Fact]
    public async Task SequentialRetriesOfAnAnsweredMsgIdGetTheSameAnswerOrSuccessAndNoSecondTurn()
    {
        var openId = WeChatHubHost.NewOpenId();
        var push = WeChatHubHost.Text(openId, "你好", WeChatHubHost.NextMsgId());

        var answers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await (await _hub.PostPlainAsync(push)).Content.ReadAsStringAsync());
        }

        var content = WeChatHubHost.ParseReply(answers[0])["Content"];
        Assert.Contains("预约保养", content, StringComparison.Ordinal);
        Assert.All(answers[1..], a => Assert.True(a == "success" || WeChatHubHost.ParseReply(a)["Content"] == content, a));
        Assert.Equal(2, (await _hub.WaitForTranscriptAsync(openId, entries: 2)).Count);
        Assert.Empty(_api.CustomerServiceMessages);
    }
}
