using ContactHub.Hub.Tests.Fakes;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Tests.Twilio;

namespace ContactHub.Hub.Tests.Campaigns.Delivery;

/// <summary>
/// Tests over a campaign hub of their own on the test Redis, with WeChat and Twilio faked on loopback and the outbox's
/// retries quick (50–100 ms) so a transient refusal is sent again within a test. Disposed in the order the host needs:
/// hub first, then its fakes.
/// </summary>
public abstract class CampaignHubWithFakes(RedisServerFixture redis) : IAsyncLifetime
{
    private static readonly Dictionary<string, string> QuickRetries = new(StringComparer.Ordinal)
    {
        ["Outbox:RetryBaseDelay"] = "00:00:00.050",
        ["Outbox:RetryMaxDelay"] = "00:00:00.100",
    };

    protected FakeWeChatServer WeChat { get; } = new();

    protected FakeTwilioServer Twilio { get; } = FakeTwilioServer.Start();

    protected CampaignHubHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = new CampaignHubHost(redis.ConnectionString, weChat: WeChat, twilio: Twilio, settings: QuickRetries);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Twilio.DisposeAsync();
        await WeChat.DisposeAsync();
    }
}
