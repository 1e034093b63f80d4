using System.Net;
using ContactHub.Channels;
using ContactHub.Channels.Sms;
using ContactHub.Hub.Tests.Sms;
using ContactHub.Tests.Twilio;

namespace ContactHub.Hub.Tests.Compliance;

/// <summary>SMS on the fake Twilio REST server; webhooks signed with Twilio's RequestValidator algorithm (§2.2).</summary>
public sealed class SmsComplianceFixture : ChannelComplianceFixture
{
    private FakeTwilioServer _api = null!;
    private SmsHubHost _hub = null!;

    public override string Channel => ChannelIds.Sms;

    public override HttpStatusCode BadSignatureStatus => HttpStatusCode.Forbidden;

    public override IServiceProvider Services => _hub.Services;

    public override string NewUser() => SmsHubHost.NewNumber();

    public override string NewDeliveryId() => SmsHubHost.NewSid();

    public override Task<HttpResponseMessage> PostMessageAsync(string user, string text, string? deliveryId = null) =>
        _hub.SendTextAsync(user, text, deliveryId);

    public override Task<HttpResponseMessage> PostForgedAsync(string user, string text, string deliveryId)
    {
        var form = SmsHubHost.Message(user, text, deliveryId);
        var forged = TwilioTestSigner.Sign("0000000000000000000000000000dead", SmsHubHost.PublicBaseUrl + "/channels/sms", form);
        return _hub.PostAsync("/channels/sms", form, signature: forged);
    }

    public override Task<HttpResponseMessage> PostMalformedAsync() =>
        _hub.PostAsync("/channels/sms", [.. SmsHubHost.Message(SmsHubHost.NewNumber(), "你好").Where(p => p.Key != "From")]);

    public override async Task OptOutAsync(string user) => (await _hub.SendTextAsync(user, "STOP")).EnsureSuccessStatusCode();

    public override string DedupeId(string deliveryId) => deliveryId;

    public override IReadOnlyList<string> SentTo(string user) => [.. _api.Messages.Where(m => m.To == user).Select(m => m.Body ?? "")];

    public override async Task<IReadOnlyList<string>> WaitForSentAsync(string user, int count)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (SentTo(user) is var sent && sent.Count < count)
        {
            await _api.WaitForMessagesAsync(_api.Messages.Count + 1, Wait).WaitAsync(timeout.Token);
        }

        return SentTo(user);
    }

    public override bool FitsOneMessage(string text) => SmsSegments.Fits(text, new SmsOptions().MaxSegmentsPerMessage);

    public override Task InitializeAsync()
    {
        _api = FakeTwilioServer.Start();
        _hub = new SmsHubHost(_api);
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        await _api.DisposeAsync();
    }
}
