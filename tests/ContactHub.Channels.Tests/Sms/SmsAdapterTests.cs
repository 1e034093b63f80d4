using ContactHub.Channels.Sms;
using ContactHub.Tests.Twilio;

namespace ContactHub.Channels.Tests.Sms;

public sealed class SmsAdapterTests : FakeTwilioTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly ConversationKey Owner = new(ChannelIds.Sms, "+8613812345678");

    private SmsAdapter Adapter(Action<SmsOptions>? configure = null)
    {
        var options = new SmsOptions
        {
            AccountSid = FakeTwilioServer.AccountSid,
            AuthToken = FakeTwilioServer.AuthToken,
            From = "+15005550006",
            PublicBaseUrl = new Uri("https://hub.example.com"),
            ApiBaseUrl = FakeApi.BaseUrl,
        };
        configure?.Invoke(options);
        return new SmsAdapter(options, ToFakeApi);
    }

    [Fact]
    public void IsTheSmsChannel() => Assert.Equal("sms", Adapter().ChannelId);

    [Fact]
    public async Task SendsThroughTheRestApiWithStatusCallbackAndFrom()
    {
        var result = await Adapter().SendAsync(Owner, Activity.CreateMessage("您的预约已确认。", "zh-CN"), CancellationToken.None);

        var sent = Assert.Single(await FakeApi.WaitForMessagesAsync(1, Timeout));
        Assert.True(result.Accepted, result.Error);
        Assert.Equal(sent.Sid, result.ChannelMessageId);
        Assert.Matches("^SM[0-9a-f]{32}$", sent.Sid);
        Assert.Equal(("+8613812345678", "+15005550006", null), (sent.To, sent.From, sent.MessagingServiceSid));
        Assert.Equal("您的预约已确认。", sent.Body);
        Assert.Equal("https://hub.example.com/channels/sms/status", sent.StatusCallback);
    }

    [Fact]
    public async Task SendsFromTheMessagingServiceWhenOneIsConfigured()
    {
        var adapter = Adapter(o => o.MessagingServiceSid = "MG0123456789abcdef0123456789abcdef");

        var result = await adapter.SendAsync(Owner, Activity.CreateMessage("Your appointment is confirmed.", "en"), CancellationToken.None);

        var sent = Assert.Single(await FakeApi.WaitForMessagesAsync(1, Timeout));
        Assert.True(result.Accepted, result.Error);
        Assert.Equal(("MG0123456789abcdef0123456789abcdef", null), (sent.MessagingServiceSid, sent.From));
    }

    [Fact]
    public async Task NormalisesALocalChineseMobileBeforeSending()
    {
        await Adapter().SendAsync(new ConversationKey(ChannelIds.Sms, "138 1234 5678"), Activity.CreateMessage("您好"), CancellationToken.None);

        Assert.Equal("+8613812345678", Assert.Single(await FakeApi.WaitForMessagesAsync(1, Timeout)).To);
    }

    [Fact]
    public async Task SendsEachSplitBodyAsItsOwnMessageAndNamesTheFirstSid()
    {
        var activity = new Activity
        {
            Text = string.Concat(Enumerable.Repeat("您的车辆保养预约已确认，请准时到店。", 10)),
            Locale = "zh-CN",
            SuggestedActions = SuggestedActions.Of("确认", "改期"),
        };
        var expected = new SmsOutbound(1).Render(activity);

        var result = await Adapter(o => o.MaxSegmentsPerMessage = 1).SendAsync(Owner, activity, CancellationToken.None);

        var sent = await FakeApi.WaitForMessagesAsync(expected.Count, Timeout);
        Assert.True(result.Accepted, result.Error);
        Assert.Equal(expected, sent.Select(m => m.Body ?? ""), StringComparer.Ordinal);
        Assert.Equal(sent[0].Sid, result.ChannelMessageId);
        Assert.EndsWith("回复 1 确认 / 2 改期", sent[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendsConsecutiveMessagesOverOneKeptAliveConnection()
    {
        var adapter = Adapter();
        for (var i = 0; i < 4; i++)
        {
            var result = await adapter.SendAsync(Owner, Activity.CreateMessage($"第 {i + 1} 条", "zh-CN"), CancellationToken.None);
            Assert.True(result.Accepted, result.Error);
        }

        Assert.Equal(4, FakeApi.RequestCount);
        Assert.Equal(1, FakeApi.ConnectionCount);
    }

    public static TheoryData<string, bool> ScriptedErrors => new()
    {
        { nameof(FakeTwilioServerError.Unsubscribed), true },
        { nameof(FakeTwilioServerError.InvalidTo), true },
        { nameof(FakeTwilioServerError.TooManyRequests), false },
        { nameof(FakeTwilioServerError.ServerError), false },
    };

    [Theory]
    [MemberData(nameof(ScriptedErrors))]
    public async Task MapsTwilioErrorsToPermanentOrTransientFailures(string errorName, bool permanent)
    {
        var error = errorName switch
        {
            nameof(FakeTwilioServerError.Unsubscribed) => FakeTwilioServerError.Unsubscribed,
            nameof(FakeTwilioServerError.InvalidTo) => FakeTwilioServerError.InvalidTo,
            nameof(FakeTwilioServerError.TooManyRequests) => FakeTwilioServerError.TooManyRequests,
            _ => FakeTwilioServerError.ServerError,
        };
        FakeApi.AnswerNext(error);

        var result = await Adapter().SendAsync(Owner, Activity.CreateMessage("您好"), CancellationToken.None);

        Assert.False(result.Accepted);
        Assert.Equal(permanent, result.Permanent);
        Assert.Contains(error.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Error, StringComparison.Ordinal);
        Assert.Empty(FakeApi.Messages);
        Assert.Equal(1, FakeApi.RequestCount);
    }

    [Fact]
    public async Task StopsAtTheFirstFailedPartAndSaysHowFarItGot()
    {
        FakeApi.AnswerNext(null, FakeTwilioServerError.ServerError);
        var activity = Activity.CreateMessage(string.Concat(Enumerable.Repeat("您的车辆保养预约已确认，请准时到店。", 10)), "zh-CN");

        var result = await Adapter(o => o.MaxSegmentsPerMessage = 1).SendAsync(Owner, activity, CancellationToken.None);

        Assert.False(result.Accepted);
        Assert.False(result.Permanent);
        Assert.Contains("after 1 of", result.Error, StringComparison.Ordinal);
        Assert.Single(FakeApi.Messages);
        Assert.Equal(2, FakeApi.RequestCount);
    }

    [Fact]
    public async Task FailsPermanentlyWithWrongCredentials()
    {
        var result = await Adapter(o => o.AuthToken = "wrong").SendAsync(Owner, Activity.CreateMessage("您好"), CancellationToken.None);

        Assert.Equal((false, true), (result.Accepted, result.Permanent));
        Assert.Contains("20003", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesAKeyThatIsNotAPhoneNumberWithoutCallingTwilio()
    {
        var result = await Adapter().SendAsync(new ConversationKey(ChannelIds.Sms, "oA1b2c3-openid"), Activity.CreateMessage("您好"), CancellationToken.None);

        Assert.Equal((false, true), (result.Accepted, result.Permanent));
        Assert.Equal(0, FakeApi.RequestCount);
    }

    [Fact]
    public async Task FailsTransientlyWhenTwilioIsUnreachable()
    {
        await FakeApi.DisposeAsync();

        var result = await Adapter().SendAsync(Owner, Activity.CreateMessage("您好"), CancellationToken.None);

        Assert.Equal((false, false), (result.Accepted, result.Permanent));
    }
}
