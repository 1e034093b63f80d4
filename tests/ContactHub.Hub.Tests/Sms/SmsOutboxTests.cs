using ContactHub.Channels;
using ContactHub.Hub.Outbox;
using ContactHub.Hub.Sms;
using ContactHub.Tests.Twilio;

namespace ContactHub.Hub.Tests.Sms;

/// <summary>
/// Campaign-style sends through the outbox to the fake Twilio server (issue 5): the outbox's purpose reaches the SMS
/// adapter, so marketing ends with the opt-out line and a service reminder does not; a number that said STOP gets
/// nothing, and the delivery ends failed with the reason instead of vanishing.
/// </summary>
public sealed class SmsOutboxTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
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

    [Theory]
    [InlineData("zh-CN", "国庆到店保养享八折。", "国庆到店保养享八折。\n回复TD退订")]
    [InlineData("en", "20% off your next service in October.", "20% off your next service in October.\nReply STOP to opt out")]
    public async Task MarketingEnqueuedInTheOutboxEndsWithTheOptOutLine(string locale, string text, string expected)
    {
        var number = SmsHubHost.NewNumber();

        var key = await EnqueueAsync(number, Activity.CreateMessage(text, locale), OutboxPurpose.Marketing);

        Assert.Equal(expected, Assert.Single(await _api.WaitForMessagesAsync(1, Wait)).Body);
        Assert.Equal(OutboxDeliveryStatus.Sent, (await WaitForFinalAsync(key)).Status);
    }

    [Fact]
    public async Task ServiceReminderEnqueuedInTheOutboxHasNoOptOutLine()
    {
        var number = SmsHubHost.NewNumber();

        await EnqueueAsync(number, Activity.CreateMessage("您的爱车该做5000公里保养了。", "zh-CN"), OutboxPurpose.Service);

        Assert.Equal("您的爱车该做5000公里保养了。", Assert.Single(await _api.WaitForMessagesAsync(1, Wait)).Body);
    }

    [Fact]
    public async Task OutboxSendToANumberThatSaidStopSendsNothingAndEndsFailed()
    {
        var number = SmsHubHost.NewNumber();
        await _hub.SendTextAsync(number, "退订");

        var key = await EnqueueAsync(number, Activity.CreateMessage("国庆到店保养享八折。", "zh-CN"), OutboxPurpose.Marketing);

        var delivery = await WaitForFinalAsync(key);
        Assert.Equal(OutboxDeliveryStatus.Failed, delivery.Status);
        Assert.Contains("opted out", delivery.Error, StringComparison.Ordinal);
        Assert.Empty(_api.Messages);
    }

    private async Task<string> EnqueueAsync(string number, Activity activity, OutboxPurpose purpose)
    {
        var key = $"test:{Guid.NewGuid():N}";
        var outbox = _hub.Services.GetRequiredService<IOutbox>();
        var result = await outbox.EnqueueAsync(new OutboxMessage(key, new ConversationKey(ChannelIds.Sms, number), activity, purpose), CancellationToken.None);
        Assert.Equal(EnqueueResult.Enqueued, result);
        return key;
    }

    private async Task<OutboxDelivery> WaitForFinalAsync(string key)
    {
        var outbox = _hub.Services.GetRequiredService<IOutbox>();
        using var timeout = new CancellationTokenSource(Wait);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (true)
        {
            if (await outbox.GetDeliveryAsync(key, CancellationToken.None) is { IsFinal: true } delivery)
            {
                return delivery;
            }

            await poll.WaitForNextTickAsync(timeout.Token);
        }
    }
}
