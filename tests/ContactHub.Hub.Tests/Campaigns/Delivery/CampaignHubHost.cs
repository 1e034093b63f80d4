using System.Globalization;
using System.Text;
using ContactHub.Channels;
using ContactHub.Channels.WeChat;
using ContactHub.Hub.Outbox;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using ContactHub.Hub.Tests.Fakes;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Hub.Tests.Sms;
using ContactHub.Hub.Tests.WeChat;
using ContactHub.Hub.Turns;
using ContactHub.Tests.Twilio;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Campaigns.Delivery;

/// <summary>
/// The real hub with its outbox worker running, the recording test channel, and - when given - WeChat and Twilio
/// pointed at their loopback fakes. Two hosts on one Redis and one records file are two hub instances.
/// </summary>
public sealed class CampaignHubHost : IAsyncDisposable
{
    public const string SmsNumber = "+8610690000123";
    public const string PublicBaseUrl = "https://hub.example.test";
    public const string ReminderTemplateId = "ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY";

    private readonly HubFactory _factory;
    private readonly WebApplicationFactory<Program> _hub;

    public CampaignHubHost(
        string? redis = null,
        string? recordsPath = null,
        FakeWeChatServer? weChat = null,
        FakeTwilioServer? twilio = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        _factory = new HubFactory(redis, recordsPath);
        _hub = _factory.WithWebHostBuilder(b =>
        {
            if (weChat is not null)
            {
                b.UseSetting("WeChat:AppId", "wx" + Guid.NewGuid().ToString("N")[..16]);
                b.UseSetting("WeChat:AppSecret", "test-secret");
                b.UseSetting("WeChat:Token", WeChatHubHost.Token);
                b.UseSetting("WeChat:EncodingAESKey", WeChatHubHost.EncodingAesKey);
                b.UseSetting("WeChat:ApiBaseUrl", weChat.BaseUrl.ToString());
                b.UseSetting("WeChat:Templates:ServiceReminder:TemplateId", ReminderTemplateId);
                b.UseSetting("WeChat:Templates:ServiceReminder:Data:keyword1", "{plate}");
                b.UseSetting("WeChat:Templates:ServiceReminder:Data:keyword2", "{due}");
            }

            if (twilio is not null)
            {
                b.UseSetting("Twilio:AccountSid", FakeTwilioServer.AccountSid);
                b.UseSetting("Twilio:AuthToken", FakeTwilioServer.AuthToken);
                b.UseSetting("Twilio:From", SmsNumber);
                b.UseSetting("Twilio:PublicBaseUrl", PublicBaseUrl);
                b.UseSetting("Twilio:ApiBaseUrl", twilio.BaseUrl.ToString());
            }

            foreach (var (name, value) in settings ?? new Dictionary<string, string>(StringComparer.Ordinal))
            {
                b.UseSetting(name, value);
            }

            b.ConfigureTestServices(s => s.AddSingleton<IChannelAdapter>(Channel));
        });
        Client = _hub.CreateClient();
    }

    public RecordingChannelAdapter Channel { get; } = new();

    public HttpClient Client { get; }

    public IServiceProvider Services => _hub.Services;

    public string RecordsPath => _factory.RecordsPath;

    public IOutbox Outbox => Services.GetRequiredService<IOutbox>();

    public Task<TurnOutcome> SendAsync(ConversationKey key, string text, string locale = "zh-CN") =>
        Services.GetRequiredService<ITurnProcessor>().ProcessAsync(key, TestActivities.Message(key, text, locale), CancellationToken.None);

    /// <summary>A plaintext WeChat push, signed as WeChat signs it (reference §1.1).</summary>
    public Task<HttpResponseMessage> PostWeChatAsync(string xml)
    {
        var timestamp = WeChatHubHost.Now();
        const string nonce = "1590219412";
        var signature = WeChatSignature.Compute(WeChatHubHost.Token, timestamp, nonce);
        return Client.PostAsync(
            new Uri($"/channels/wechat?signature={signature}&timestamp={timestamp}&nonce={nonce}&openid=x", UriKind.Relative),
            new StringContent(xml, Encoding.UTF8, "text/xml"));
    }

    /// <summary>WeChat's push with the result of template message <paramref name="msgId"/> (reference §1.3).</summary>
    public static string TemplateSendJobFinish(string openId, string msgId, string status) =>
        WeChatHubHost.Event(openId, "TEMPLATESENDJOBFINISH", extra: $"<MsgID>{msgId}</MsgID><Status><![CDATA[{status}]]></Status>");

    /// <summary>Twilio's status callback for a message it sent, signed over the public URL (§2.2, §2.4).</summary>
    public async Task<HttpResponseMessage> PostSmsStatusAsync(FakeTwilioServerMessage sent, string status, int? errorCode = null)
    {
        const string path = "/channels/sms/status";
        var form = SmsHubHost.Status(sent, status, errorCode);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", TwilioTestSigner.Sign(FakeTwilioServer.AuthToken, PublicBaseUrl + path, form));
        return await Client.SendAsync(request);
    }

    public async Task<RecordsDbContext> RecordsAsync() =>
        await Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();

    public async Task<CampaignDelivery> RowAsync(string key)
    {
        await using var db = await RecordsAsync();
        return await db.CampaignDeliveries.AsNoTracking().SingleAsync(d => d.IdempotencyKey == key);
    }

    /// <summary>
    /// The outbox worker runs in the background and announces nothing, so this reads the row until it satisfies
    /// <paramref name="done"/> (10 s at most), as <see cref="TranscriptReader.WaitForAsync"/> does for transcripts.
    /// </summary>
    public async Task<CampaignDelivery> WaitForRowAsync(string key, Func<CampaignDelivery, bool> done)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var row = await RowAsync(key);
            if (done(row))
            {
                return row;
            }

            try
            {
                await Task.Delay(20, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"Delivery {key} stayed {row.Status} ({row.Reason})."));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _hub.DisposeAsync();
        await _factory.DisposeAsync();
    }
}
