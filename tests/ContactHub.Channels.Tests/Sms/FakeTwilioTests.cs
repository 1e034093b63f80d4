using ContactHub.Channels.Sms;
using ContactHub.Tests.Twilio;

namespace ContactHub.Channels.Tests.Sms;

/// <summary>A fake Twilio on loopback for each test, recording its requests, and an HttpClient whose requests to Twilio's API reach it.</summary>
public abstract class FakeTwilioTests : IAsyncLifetime
{
    protected FakeTwilioServer FakeApi { get; private set; } = null!;

    protected System.Net.Http.HttpClient ToFakeApi { get; private set; } = null!;

    public Task InitializeAsync()
    {
        FakeApi = FakeTwilioServer.Start(recordRequests: true);
        ToFakeApi = new System.Net.Http.HttpClient(new SmsApiBaseUrlHandler(FakeApi.BaseUrl) { InnerHandler = new SocketsHttpHandler() });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        ToFakeApi.Dispose();
        await FakeApi.DisposeAsync();
    }
}
