using ContactHub.Hub.Tests.Fakes;
using ContactHub.Tests.Twilio;

namespace ContactHub.Hub.Tests.Campaigns.Delivery;

/// <summary>
/// A campaign hub on the test Redis with WeChat and Twilio faked on loopback, and the outbox's retries quick (50–100 ms)
/// so a transient refusal is sent again within a test. Disposed in the order the host needs: hub first, then its fakes.
/// </summary>
public sealed class CampaignHubWithFakes : IAsyncDisposable
{
    private static readonly Dictionary<string, string> QuickRetries = new(StringComparer.Ordinal)
    {
        ["Outbox:RetryBaseDelay"] = "00:00:00.050",
        ["Outbox:RetryMaxDelay"] = "00:00:00.100",
    };

    public CampaignHubWithFakes(string redis)
    {
        Twilio = FakeTwilioServer.Start();
        Host = new CampaignHubHost(redis, weChat: WeChat, twilio: Twilio, settings: QuickRetries);
    }

    public FakeWeChatServer WeChat { get; } = new();

    public FakeTwilioServer Twilio { get; }

    public CampaignHubHost Host { get; }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Twilio.DisposeAsync();
        await WeChat.DisposeAsync();
    }
}
