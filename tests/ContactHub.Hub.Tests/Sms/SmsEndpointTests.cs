using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactHub.Channels;
using ContactHub.Channels.Sms;
using ContactHub.Hub.Identity;
using ContactHub.Hub.Outbound;
using ContactHub.Hub.Sms;
using ContactHub.Tests.Twilio;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Hub.Tests.Sms;

/// <summary>The Twilio webhooks over HTTP (issue 5), with in-process state: verification, parsing, replies and opt-out.</summary>
public sealed class SmsEndpointTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly FakeTwilioServer _api = FakeTwilioServer.Start();
    private SmsHubHost _hub = null!;

    public Task InitializeAsync()
    {
        _hub = new SmsHubHost(_api);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task UnsignedMessageGets403AndNoTurn()
    {
        var number = SmsHubHost.NewNumber();

        var response = await _hub.PostAsync("/channels/sms", SmsHubHost.Message(number, "你好"), signed: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await _hub.TranscriptAsync(number));
    }

    [Fact]
    public async Task MessageSignedWithAnotherTokenGets403AndNoTurn()
    {
        var number = SmsHubHost.NewNumber();
        var form = SmsHubHost.Message(number, "你好");
        var forged = TwilioTestSigner.Sign("guessed-token", SmsHubHost.PublicBaseUrl + "/channels/sms", form);

        var response = await _hub.PostAsync("/channels/sms", form, signature: forged);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await _hub.TranscriptAsync(number));
        Assert.Equal(0, _api.RequestCount);
    }

    [Fact]
    public async Task MessageSignedForAnotherUrlGets403()
    {
        var form = SmsHubHost.Message(SmsHubHost.NewNumber(), "你好");
        var signedForKestrel = TwilioTestSigner.Sign(FakeTwilioServer.AuthToken, "http://localhost/channels/sms", form);

        var response = await _hub.PostAsync("/channels/sms", form, signature: signedForKestrel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TamperedBodyGets403()
    {
        var number = SmsHubHost.NewNumber();
        var signature = TwilioTestSigner.Sign(FakeTwilioServer.AuthToken, SmsHubHost.PublicBaseUrl + "/channels/sms", SmsHubHost.Message(number, "你好", "SMfixed"));

        var response = await _hub.PostAsync("/channels/sms", SmsHubHost.Message(number, "退订", "SMfixed"), signature: signature);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("MessageSid")]
    [InlineData("From")]
    public async Task SignedFormMissingARequiredFieldGets400ProblemDetails(string field)
    {
        var form = SmsHubHost.Message(SmsHubHost.NewNumber(), "你好").Where(p => p.Key != field && !(field == "MessageSid" && p.Key is "SmsMessageSid" or "SmsSid")).ToList();

        var response = await _hub.PostAsync("/channels/sms", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Contains(field, problem?.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedFormWithAFromThatIsNoPhoneNumberGets400()
    {
        var response = await _hub.PostAsync("/channels/sms", SmsHubHost.Message("not a number", "你好"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task JsonBodyGets400NotA500()
    {
        var response = await _hub.PostRawAsync("/channels/sms", "{\"Body\":\"你好\"}", "application/json", "c2lnbmF0dXJl");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.Content.ReadFromJsonAsync<ProblemDetails>())?.Detail));
    }

    [Fact]
    public async Task StatusCallbackWithoutMessageStatusGets400AndBadSignatureGets403()
    {
        var form = new List<KeyValuePair<string, string>> { KeyValuePair.Create("MessageSid", SmsHubHost.NewSid()) };

        var malformed = await _hub.PostAsync("/channels/sms/status", form);
        var unsigned = await _hub.PostAsync("/channels/sms/status", form, signed: false);

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
    }

    [Fact]
    public async Task SingleQuickReplyIsAnsweredInTwimlAndNothingGoesThroughRest()
    {
        var number = SmsHubHost.NewNumber();

        var response = await _hub.SendTextAsync(number, "你好");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        var twiml = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>", twiml, StringComparison.Ordinal);
        Assert.Contains("回复 1 预约保养", twiml, StringComparison.Ordinal);
        Assert.Contains("5 门店信息", twiml, StringComparison.Ordinal);
        Assert.Equal(0, _api.RequestCount);
    }

    [Fact]
    public async Task TwoRepliesGoThroughRestWithStatusCallbackAndTheWebhookGetsAnEmptyResponse()
    {
        var number = SmsHubHost.NewNumber();
        await _hub.SendTextAsync(number, "你好");

        var response = await _hub.SendTextAsync(number, "门店信息");

        Assert.Equal(SmsTwiml.Empty, await response.Content.ReadAsStringAsync());
        var sent = await _api.WaitForMessagesAsync(2, Wait);
        Assert.Contains("营业时间", sent[0].Body, StringComparison.Ordinal);
        Assert.Contains("回复 1 预约保养", sent[1].Body, StringComparison.Ordinal);
        Assert.All(sent, m =>
        {
            Assert.Equal(number, m.To);
            Assert.Equal(SmsHubHost.HubNumber, m.From);
            Assert.Equal(SmsHubHost.StatusCallbackUrl, m.StatusCallback);
        });
    }

    [Fact]
    public async Task TheSameMessageSidTwiceRunsOneTurn()
    {
        var number = SmsHubHost.NewNumber();
        var sid = SmsHubHost.NewSid();

        var first = await _hub.SendTextAsync(number, "你好", sid);
        var second = await _hub.SendTextAsync(number, "你好", sid);

        Assert.Contains("预约保养", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SmsTwiml.Empty, await second.Content.ReadAsStringAsync());
        Assert.Equal(2, (await _hub.WaitForTranscriptAsync(number, 2)).Count);
    }

    [Fact]
    public async Task TheSameIdempotencyTokenTwiceRunsOneTurn()
    {
        var number = SmsHubHost.NewNumber();
        var token = Guid.NewGuid().ToString();

        var first = await _hub.PostAsync("/channels/sms", SmsHubHost.Message(number, "你好"), idempotencyToken: token);
        var second = await _hub.PostAsync("/channels/sms", SmsHubHost.Message(number, "你好"), idempotencyToken: token);

        Assert.Contains("预约保养", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SmsTwiml.Empty, await second.Content.ReadAsStringAsync());
        Assert.Equal(2, (await _hub.WaitForTranscriptAsync(number, 2)).Count);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("５")]
    [InlineData("回复5")]
    public async Task DigitReplyIsAnsweredAsTheNumberedAction(string digit)
    {
        var number = SmsHubHost.NewNumber();
        await _hub.SendTextAsync(number, "你好");

        await _hub.SendTextAsync(number, digit);

        var sent = await _api.WaitForMessagesAsync(1, Wait);
        Assert.Contains("营业时间", sent[0].Body, StringComparison.Ordinal);
        var transcript = await _hub.WaitForTranscriptAsync(number, 5);
        Assert.Equal("门店信息", transcript[2].Text);
    }

    [Fact]
    public async Task StatusCallbacksKeepTheHighestRankedStatusAndTheErrorCode()
    {
        var number = SmsHubHost.NewNumber();
        await _hub.SendTextAsync(number, "你好");
        await _hub.SendTextAsync(number, "门店信息");
        var sent = await _api.WaitForMessagesAsync(2, Wait);

        Assert.Equal(HttpStatusCode.NoContent, (await _hub.PostStatusAsync(sent[0], "sent")).StatusCode);
        await _hub.PostStatusAsync(sent[0], "delivered");
        await _hub.PostStatusAsync(sent[0], "sent");
        await _hub.PostStatusAsync(sent[1], "undelivered", 30003);

        var statuses = _hub.Services.GetRequiredService<ISmsMessageStatusStore>();
        var delivered = await statuses.GetAsync(sent[0].Sid, CancellationToken.None);
        var undelivered = await statuses.GetAsync(sent[1].Sid, CancellationToken.None);
        Assert.Equal(("delivered", null, number), (delivered?.Status, delivered?.ErrorCode, delivered?.To));
        Assert.Equal(("undelivered", 30003), (undelivered?.Status, undelivered?.ErrorCode));
        Assert.True(await IsActiveAsync(number));
    }

    [Fact]
    public async Task StatusCallbackWith21610MarksTheRecipientOptedOutAndNothingMoreIsSent()
    {
        var number = SmsHubHost.NewNumber();
        var sent = await SendThroughDispatcherAsync(number, "您的爱车即将到期保养。");
        Assert.True(sent.Accepted, sent.Error);
        var message = Assert.Single(await _api.WaitForMessagesAsync(1, Wait));

        await _hub.PostStatusAsync(message, "failed", 21610);
        var after = await SendThroughDispatcherAsync(number, "第二条提醒");

        Assert.False(await IsActiveAsync(number));
        Assert.False(after.Accepted);
        Assert.True(after.Permanent);
        Assert.Single(_api.Messages);
    }

    [Fact]
    public async Task RestRefusalWith21610MarksTheRecipientOptedOut()
    {
        var number = SmsHubHost.NewNumber();
        _api.AnswerNext(FakeTwilioServerError.Unsubscribed);

        var refused = await SendThroughDispatcherAsync(number, "保养提醒");
        var requestsAfterRefusal = _api.RequestCount;
        var next = await SendThroughDispatcherAsync(number, "保养提醒");

        Assert.True(refused.Permanent);
        Assert.False(next.Accepted);
        Assert.False(await IsActiveAsync(number));
        Assert.Equal(requestsAfterRefusal, _api.RequestCount);
    }

    [Theory]
    [InlineData("STOP", "Reply START")]
    [InlineData("stop", "Reply START")]
    [InlineData("退订", "退订成功")]
    [InlineData("TD", "退订成功")]
    [InlineData("T", "退订成功")]
    [InlineData("CANCEL", "Reply START")]
    [InlineData("UNSUBSCRIBE", "Reply START")]
    public async Task OptOutKeywordIsConfirmedAndAfterwardsAReminderSendsNothing(string keyword, string confirmation)
    {
        // An English keyword from a US number is answered in English; Chinese ones from a mainland number in Chinese.
        var number = confirmation.StartsWith("Reply", StringComparison.Ordinal) ? "+1415555" + Random.Shared.Next(1000, 9999) : SmsHubHost.NewNumber();

        var response = await _hub.SendTextAsync(number, keyword);
        var reminder = await SendThroughDispatcherAsync(number, "您的爱车即将到期保养。");

        Assert.Contains(confirmation, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(reminder.Accepted);
        Assert.Equal(0, _api.RequestCount);
    }

    [Fact]
    public async Task StartAfterStopSubscribesAgain()
    {
        var number = SmsHubHost.NewNumber();
        await _hub.SendTextAsync(number, "TD");

        var response = await _hub.SendTextAsync(number, "START");
        var reminder = await SendThroughDispatcherAsync(number, "您的爱车即将到期保养。");

        Assert.Contains("恢复订阅", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(reminder.Accepted, reminder.Error);
        Assert.Equal("您的爱车即将到期保养。", Assert.Single(await _api.WaitForMessagesAsync(1, Wait)).Body);
    }

    [Fact]
    public async Task YesFromASubscribedNumberIsLeftToTheDialogs()
    {
        var number = SmsHubHost.NewNumber();

        var response = await _hub.SendTextAsync(number, "YES");

        var twiml = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("恢复订阅", twiml, StringComparison.Ordinal);
        Assert.Single(await _hub.WaitForTranscriptAsync(number, 1), t => t.Text == "YES");
    }

    [Theory]
    [InlineData("帮助", "回复TD退订")]
    [InlineData("HELP", "回复TD退订")]
    public async Task HelpIsAnsweredWithTheSmsHelpText(string keyword, string expected)
    {
        var response = await _hub.SendTextAsync(SmsHubHost.NewNumber(), keyword);

        var twiml = await response.Content.ReadAsStringAsync();
        Assert.Contains(expected, twiml, StringComparison.Ordinal);
        Assert.Contains("菜单", twiml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarketingSmsEndsWithTheOptOutLine()
    {
        var number = SmsHubHost.NewNumber();
        var offer = Activity.CreateMessage("国庆到店保养享八折。", "zh-CN") with
        {
            ChannelData = JsonDocument.Parse("{\"purpose\":\"marketing\"}").RootElement.Clone(),
        };

        var result = await _hub.Services.GetRequiredService<OutboundDispatcher>().SendAsync(new ConversationKey(ChannelIds.Sms, number), offer, CancellationToken.None);

        Assert.True(result.Accepted, result.Error);
        Assert.Equal("国庆到店保养享八折。\n回复TD退订", Assert.Single(await _api.WaitForMessagesAsync(1, Wait)).Body);
    }

    [Fact]
    public async Task VerificationCodeGoesOutBySms()
    {
        var number = SmsHubHost.NewNumber();

        var sent = await _hub.Services.GetRequiredService<IVerificationCodeSender>().SendAsync(number, "482913", "zh-CN", CancellationToken.None);

        Assert.True(sent);
        var message = Assert.Single(await _api.WaitForMessagesAsync(1, Wait));
        Assert.Equal(number, message.To);
        Assert.Contains("482913", message.Body, StringComparison.Ordinal);
    }

    private Task<ChannelSendResult> SendThroughDispatcherAsync(string number, string text) =>
        _hub.Services.GetRequiredService<OutboundDispatcher>()
            .SendAsync(new ConversationKey(ChannelIds.Sms, number), Activity.CreateMessage(text, "zh-CN"), CancellationToken.None);

    private Task<bool> IsActiveAsync(string number) =>
        _hub.Services.GetRequiredService<IChannelIdentityStatusStore>().IsActiveAsync(new ConversationKey(ChannelIds.Sms, number), CancellationToken.None);
}
