using ContactHub.Channels;
using ContactHub.Hub.Campaigns;
using ContactHub.Hub.Campaigns.Delivery;
using ContactHub.Hub.Outbound;
using ContactHub.Hub.Outbox;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Fakes;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Tests.Twilio;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace ContactHub.Hub.Tests.Campaigns.Delivery;

/// <summary>
/// Each campaign message reaches the customer once: two hub instances on one Redis and one records database run the
/// same campaign over the demo data, counted by the loopback WeChat and Twilio servers; and a worker killed after the
/// channel took a message but before the outbox's ack does not lead to a second one.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class CampaignExactlyOnceTests(RedisServerFixture redis)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task TwoHubInstancesSendEachMessageOfACampaignOverTheDemoDataOnce()
    {
        await using var weChat = new FakeWeChatServer();
        await using var twilio = FakeTwilioServer.Start();
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Campaigns:QuietHoursStart"] = "00:00", ["Campaigns:QuietHoursEnd"] = "00:00", // no quiet hours: the test runs at any hour
            ["Outbox:Name"] = $"eo-{Guid.NewGuid():N}", ["Outbox:RatePerSecond:wechat"] = "1000", ["Outbox:RatePerSecond:sms"] = "1000",
        };
        await using var first = new CampaignHubHost(redis.ConnectionString, weChat: weChat, twilio: twilio, settings: settings);
        await using var second = new CampaignHubHost(redis.ConnectionString, first.RecordsPath, weChat, twilio, settings);
        var campaign = await CampaignTestData.CampaignAsync(first, CampaignKind.PeriodicMaintenance, CampaignStatus.Running);

        var reports = await Task.WhenAll(
            first.Services.GetRequiredService<ICampaignRunner>().RunAsync(campaign, CancellationToken.None),
            second.Services.GetRequiredService<ICampaignRunner>().RunAsync(campaign, CancellationToken.None));
        var rows = await SettledRowsAsync(first, campaign);

        var sent = rows.Where(r => r.Status == CampaignDeliveryStatus.Sent).ToList();
        Assert.True(sent.Count >= 10, $"expected the demo data to have due vehicles; {rows.Count} rows, {sent.Count} sent");
        Assert.Equal(rows.Count(r => r.Status != CampaignDeliveryStatus.Skipped), reports.Sum(r => r.Enqueued));
        var templates = weChat.Received.Where(r => r.Path == FakeWeChatServer.TemplateSendPath).GroupBy(r => r.Json.GetProperty("touser").GetString()!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var texts = twilio.Messages.GroupBy(m => m.To, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.All(sent, row => Assert.Equal(1, (row.Channel == ChannelIds.WeChat ? templates : texts).GetValueOrDefault(row.UserId!)));
        Assert.Equal(sent.Count, templates.Values.Sum() + texts.Values.Sum() + weChat.CustomerServiceMessages.Count);
    }

    [Fact]
    public async Task AWorkerKilledAfterTheChannelTookTheMessageButBeforeTheAckLeadsToOneDelivery()
    {
        await using var host = new CampaignHubHost(redis.ConnectionString);
        var options = new OutboxOptions { Name = $"killed-{Guid.NewGuid():N}" };
        var connection = host.Services.GetRequiredService<IConnectionMultiplexer>();
        var store = new RedisOutboxStore(connection, Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System);
        var (customer, vehicle) = await CampaignTestData.OwnerOfOneCarAsync(host);
        var campaign = await CampaignTestData.CampaignAsync(host, CampaignKind.PeriodicMaintenance, CampaignStatus.Paused);
        var key = TestActivities.NewKey();
        var message = await CampaignTestData.EnqueueAsync(host, CampaignTestData.Reminder(campaign, customer, vehicle), key, outbox: store);
        var handler = host.Services.GetRequiredService<IOutboxSendHandler>();

        var dead = await store.ReadAsync("dead-worker", 10, CancellationToken.None);
        var begun = await store.BeginSendAsync(dead[0], "dead-worker", DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.True((await handler.SendAsync(begun!, CancellationToken.None)).Accepted); // ...and the worker dies here, before FinishAsync
        await connection.GetDatabase().ExecuteAsync(
            "XCLAIM", StateKeys.OutboxStream(options.Name), RedisOutboxStore.Group, "aged", 0, dead[0].EntryId, "IDLE", (long)(options.ClaimIdle.TotalMilliseconds + 1000), "JUSTID");
        Assert.Equal(1, await LiveWorker(host, store, options).ReclaimOnceAsync(CancellationToken.None));

        Assert.Single(host.Channel.SentTo(key));
        var delivery = await store.GetDeliveryAsync(message.IdempotencyKey, CancellationToken.None);
        Assert.Equal((OutboxDeliveryStatus.Sent, CampaignSendHandler.AlreadySentMessageId), (delivery!.Status, delivery.ChannelMessageId));
        Assert.Equal(CampaignDeliveryStatus.Sent, (await host.RowAsync(message.IdempotencyKey)).Status);
    }

    private static OutboxWorker LiveWorker(CampaignHubHost host, IOutboxStore store, OutboxOptions options) => new(
        store,
        host.Services.GetRequiredService<IOutboxRateLimiter>(),
        host.Services.GetRequiredService<OutboundDispatcher>(),
        Microsoft.Extensions.Options.Options.Create(new OutboxOptions { Name = options.Name, ConsumerName = "live-worker" }),
        TimeProvider.System,
        NullLogger<OutboxWorker>.Instance,
        host.Services.GetRequiredService<IOutboxSendHandler>());

    /// <summary>Reads the campaign's rows until none is queued any more (the workers announce nothing).</summary>
    private static async Task<List<Hub.Records.Model.CampaignDelivery>> SettledRowsAsync(CampaignHubHost host, long campaign)
    {
        using var timeout = new CancellationTokenSource(Settle);
        while (true)
        {
            await using (var db = await host.RecordsAsync())
            {
                var rows = await db.CampaignDeliveries.AsNoTracking().Where(d => d.CampaignId == campaign).ToListAsync(timeout.Token);
                if (rows.Count > 0 && rows.TrueForAll(r => r.Status != CampaignDeliveryStatus.Queued))
                {
                    return rows;
                }
            }

            await Task.Delay(50, timeout.Token);
        }
    }
}
