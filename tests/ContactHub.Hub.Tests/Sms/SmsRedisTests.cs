using ContactHub.Channels;
using ContactHub.Channels.Sms;
using ContactHub.Hub.Outbound;
using ContactHub.Hub.Outbox;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using ContactHub.Hub.Sms;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Tests.Twilio;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Sms;

/// <summary>The SMS behaviour that must hold across hub instances on Redis, and the consent kept in the records (issue 5).</summary>
[Collection(RedisCollection.Name)]
public sealed class SmsRedisTests(RedisServerFixture redis) : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly FakeTwilioServer _api = FakeTwilioServer.Start();
    private SmsHubHost _hub = null!;

    public Task InitializeAsync()
    {
        _hub = new SmsHubHost(_api, redis.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task TheSameMessageSidOnTwoInstancesRunsOneTurn()
    {
        await using var other = new SmsHubHost(_api, redis.ConnectionString, _hub.RecordsPath);
        var number = SmsHubHost.NewNumber();
        var sid = SmsHubHost.NewSid();

        var first = await (await _hub.SendTextAsync(number, "你好", sid)).Content.ReadAsStringAsync();
        var second = await (await other.SendTextAsync(number, "你好", sid)).Content.ReadAsStringAsync();

        Assert.Contains("预约保养", first, StringComparison.Ordinal);
        Assert.Equal(SmsTwiml.Empty, second);
        Assert.Equal(2, (await _hub.WaitForTranscriptAsync(number, 2)).Count);
    }

    [Fact]
    public async Task TheSameIdempotencyTokenOnTwoInstancesRunsOneTurn()
    {
        await using var other = new SmsHubHost(_api, redis.ConnectionString, _hub.RecordsPath);
        var number = SmsHubHost.NewNumber();
        var token = Guid.NewGuid().ToString();

        await _hub.PostAsync("/channels/sms", SmsHubHost.Message(number, "你好"), idempotencyToken: token);
        var second = await other.PostAsync("/channels/sms", SmsHubHost.Message(number, "你好"), idempotencyToken: token);

        Assert.Equal(SmsTwiml.Empty, await second.Content.ReadAsStringAsync());
        Assert.Equal(2, (await _hub.WaitForTranscriptAsync(number, 2)).Count);
    }

    [Fact]
    public async Task StopOnOneInstanceStopsTheOutboxOnAnother()
    {
        await using var other = new SmsHubHost(_api, redis.ConnectionString, _hub.RecordsPath);
        var number = SmsHubHost.NewNumber();
        await _hub.SendTextAsync(number, "退订");

        var key = "test:reminder:" + Guid.NewGuid().ToString("N");
        var outbox = other.Services.GetRequiredService<IOutbox>();
        await outbox.EnqueueAsync(
            new OutboxMessage(key, new ConversationKey(ChannelIds.Sms, number), Activity.CreateMessage("您的爱车即将到期保养。", "zh-CN"), OutboxPurpose.Service),
            CancellationToken.None);
        var delivery = await WaitForFinalAsync(outbox, key);

        Assert.Equal(OutboxDeliveryStatus.Failed, delivery.Status);
        Assert.Contains("opted out", delivery.Error, StringComparison.Ordinal);
        Assert.Equal(0, _api.RequestCount);
    }

    [Fact]
    public async Task DigitReplyOnAnotherInstanceMapsToTheMenuThisOneSent()
    {
        await using var other = new SmsHubHost(_api, redis.ConnectionString, _hub.RecordsPath);
        var number = SmsHubHost.NewNumber();
        await _hub.SendTextAsync(number, "你好");

        await other.SendTextAsync(number, "5");

        Assert.Contains("营业时间", (await _api.WaitForMessagesAsync(1, Wait))[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationBySmsRunsEndToEndWithStatusCallbacksClosingTheLoop()
    {
        var number = SmsHubHost.NewNumber();

        var menu = await (await _hub.SendTextAsync(number, "你好")).Content.ReadAsStringAsync();
        var choice = await (await _hub.SendTextAsync(number, "5")).Content.ReadAsStringAsync();
        var sent = await _api.WaitForMessagesAsync(2, Wait);
        foreach (var message in sent)
        {
            await _hub.PostStatusAsync(message, "sent");
            await _hub.PostStatusAsync(message, "delivered");
        }

        Assert.Contains("回复 1 预约保养", menu, StringComparison.Ordinal);
        Assert.Equal(SmsTwiml.Empty, choice);
        Assert.Contains("营业时间", sent[0].Body, StringComparison.Ordinal);
        Assert.Contains("回复 1 预约保养", sent[1].Body, StringComparison.Ordinal);
        var statuses = _hub.Services.GetRequiredService<ISmsMessageStatusStore>();
        foreach (var message in sent)
        {
            Assert.Equal("delivered", (await statuses.GetAsync(message.Sid, CancellationToken.None))?.Status);
        }

        var transcript = await _hub.WaitForTranscriptAsync(number, 5);
        Assert.Equal(["你好", "门店信息"], transcript.Where(t => t.Direction == TranscriptDirection.Inbound).Select(t => t.Text), StringComparer.Ordinal);
        Assert.All(transcript.Where(t => t.Direction == TranscriptDirection.Outbound), t => Assert.Equal("accepted", t.DeliveryStatus));
    }

    [Fact]
    public async Task StatusRecordIsOneHashPerSidOnItsOwnSlot()
    {
        var number = SmsHubHost.NewNumber();
        await SendAsync(number, "提醒");
        var message = Assert.Single(await _api.WaitForMessagesAsync(1, Wait));

        await _hub.PostStatusAsync(message, "undelivered", 30003);

        var hash = await redis.Connection.GetDatabase().HashGetAllAsync(StateKeys.SmsMessage(message.Sid));
        var fields = hash.ToDictionary(e => (string)e.Name!, e => (string?)e.Value, StringComparer.Ordinal);
        Assert.Equal(("undelivered", "30003", number), (fields["s"], fields["e"], fields["to"]));
        Assert.Equal(message.Sid, RedisHashTag.Of(StateKeys.SmsMessage(message.Sid)));
    }

    [Fact]
    public async Task StopWithdrawsTheCustomersConsentAndStartRestoresWhatStopWithdrew()
    {
        var number = SmsHubHost.NewNumber();
        var customerId = await AddCustomerAsync(number, marketing: true);

        await _hub.SendTextAsync(number, "退订");
        var afterStop = await ConsentsAsync(customerId);
        await _hub.SendTextAsync(number, "START");
        var afterStart = await ConsentsAsync(customerId);

        Assert.All(afterStop, c => Assert.Equal((false, SmsConsent.StopKeywordSource), (c.Granted, c.Source)));
        Assert.Equal(2, afterStop.Count);
        Assert.All(afterStart, c => Assert.Equal((true, SmsConsent.StartKeywordSource), (c.Granted, c.Source)));
    }

    [Fact]
    public async Task StartDoesNotGrantMarketingTheCustomerNeverGave()
    {
        var number = SmsHubHost.NewNumber();
        var customerId = await AddCustomerAsync(number, marketing: false);
        await _hub.SendTextAsync(number, "STOP");
        var marketing = (await ConsentsAsync(customerId)).Single(c => c.Purpose == ConsentPurpose.Marketing);
        await using (var db = await Records().CreateDbContextAsync())
        {
            // As if the customer had refused marketing in the CRM after the STOP: START must not turn it back on.
            var row = await db.Consents.SingleAsync(c => c.Id == marketing.Id);
            row.Source = "csv";
            await db.SaveChangesAsync();
        }

        await _hub.SendTextAsync(number, "START");

        var consents = await ConsentsAsync(customerId);
        Assert.True(consents.Single(c => c.Purpose == ConsentPurpose.ServiceNotifications).Granted);
        Assert.False(consents.Single(c => c.Purpose == ConsentPurpose.Marketing).Granted);
    }

    private static async Task<OutboxDelivery> WaitForFinalAsync(IOutbox outbox, string key)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (true)
        {
            if (await outbox.GetDeliveryAsync(key, timeout.Token) is { IsFinal: true } delivery)
            {
                return delivery;
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    private Task<ChannelSendResult> SendAsync(string number, string text) =>
        _hub.Services.GetRequiredService<OutboundDispatcher>()
            .SendAsync(new ConversationKey(ChannelIds.Sms, number), Activity.CreateMessage(text, "zh-CN"), CancellationToken.None);

    private IDbContextFactory<RecordsDbContext> Records() => _hub.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>();

    private async Task<long> AddCustomerAsync(string mobile, bool marketing)
    {
        await using var db = await Records().CreateDbContextAsync();
        var customer = new Customer
        {
            Name = "王先生",
            Mobile = mobile,
            Consents =
            [
                new Consent { Purpose = ConsentPurpose.ServiceNotifications, Granted = true, Source = "csv", At = DateTimeOffset.UtcNow },
                new Consent { Purpose = ConsentPurpose.Marketing, Granted = marketing, Source = "csv", At = DateTimeOffset.UtcNow },
            ],
        };
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        return customer.Id;
    }

    private async Task<List<Consent>> ConsentsAsync(long customerId)
    {
        await using var db = await Records().CreateDbContextAsync();
        return await db.Consents.AsNoTracking().Where(c => c.CustomerId == customerId).ToListAsync();
    }
}
