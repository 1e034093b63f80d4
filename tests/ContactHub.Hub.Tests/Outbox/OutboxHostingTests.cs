using ContactHub.Channels;
using ContactHub.Hub.Outbox;
using ContactHub.Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;

namespace ContactHub.Hub.Tests.Outbox;

[Collection(RedisCollection.Name)]
public sealed class OutboxHostingTests(RedisServerFixture redis)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MessageEnqueuedInTheHubIsSentByItsBackgroundWorker(bool onRedis)
    {
        var channel = new ScriptedChannelAdapter(RecordingChannelAdapter.Channel);
        await using var factory = new HubFactory(onRedis ? redis.ConnectionString : null);
        var hub = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Outbox:Name", $"hosting-{Guid.NewGuid():N}");
            b.ConfigureTestServices(s => s.AddSingleton<IChannelAdapter>(channel));
        });
        var outbox = hub.Services.GetRequiredService<IOutbox>();
        var to = TestActivities.NewKey();

        var result = await outbox.EnqueueAsync(
            new OutboxMessage($"agent-reply:{Guid.NewGuid():N}", to, Activity.CreateMessage("您的车辆已保养完毕"), OutboxPurpose.Reply),
            CancellationToken.None);
        await channel.FirstCall.Task.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(EnqueueResult.Enqueued, result);
        Assert.Equal(onRedis ? typeof(RedisOutboxStore) : typeof(InMemoryOutboxStore), outbox.GetType());
        Assert.Equal(to, Assert.Single(channel.Calls).To);
    }

    [Fact]
    public async Task HubRefusesToStartWithASendTimeoutLongerThanTheClaimIdle()
    {
        await using var factory = new HubFactory();
        var hub = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Outbox:ClaimIdle", "00:00:10");
            b.UseSetting("Outbox:SendTimeout", "00:00:30");
        });

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => hub.Services);
        Assert.Contains("Outbox:SendTimeout", error.Message, StringComparison.Ordinal);
    }
}
