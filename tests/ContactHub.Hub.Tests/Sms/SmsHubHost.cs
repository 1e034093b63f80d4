using System.Globalization;
using System.Net.Http.Headers;
using ContactHub.Channels;
using ContactHub.Hub.Records;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Tests.Twilio;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContactHub.Hub.Tests.Sms;

/// <summary>
/// A hub with Twilio pointed at <see cref="FakeTwilioServer"/>, and Twilio's side of the webhooks: forms signed with
/// Twilio's algorithm (§2.2) over the public URL the hub is configured with, never with a switch that turns checks off.
/// </summary>
public sealed class SmsHubHost : IAsyncDisposable
{
    public const string PublicBaseUrl = "https://hub.example.test";
    public const string HubNumber = "+8610690000123";
    public const string StatusCallbackUrl = PublicBaseUrl + "/channels/sms/status";

    private static long _numbers = 13_000_000_000 + (Random.Shared.NextInt64(0, 90_000_000) * 10);
    private readonly HubFactory _factory;
    private readonly WebApplicationFactory<Program> _hub;

    public SmsHubHost(FakeTwilioServer api, string? redis = null, string? recordsPath = null, Action<IServiceCollection>? services = null)
    {
        _factory = new HubFactory(redis, recordsPath);
        _hub = _factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Twilio:AccountSid", FakeTwilioServer.AccountSid);
            b.UseSetting("Twilio:AuthToken", FakeTwilioServer.AuthToken);
            b.UseSetting("Twilio:From", HubNumber);
            b.UseSetting("Twilio:PublicBaseUrl", PublicBaseUrl);
            b.UseSetting("Twilio:ApiBaseUrl", api.BaseUrl.ToString());
            b.UseSetting("Twilio:ReplyDeadline", TimeSpan.FromSeconds(8).ToString("c", CultureInfo.InvariantCulture));
            if (services is not null)
            {
                b.ConfigureServices(services);
            }
        });
        Client = _hub.CreateClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _hub.Services;

    public string RecordsPath => _factory.RecordsPath;

    /// <summary>A mainland mobile no other test uses, in E.164.</summary>
    public static string NewNumber() => "+86" + Interlocked.Increment(ref _numbers).ToString(CultureInfo.InvariantCulture);

    public static string NewSid() => "SM" + Guid.NewGuid().ToString("N");

    public static List<KeyValuePair<string, string>> Message(string from, string body, string? sid = null)
    {
        sid ??= NewSid();
        return
        [
            KeyValuePair.Create("ToCountry", "CN"),
            KeyValuePair.Create("SmsMessageSid", sid),
            KeyValuePair.Create("NumMedia", "0"),
            KeyValuePair.Create("SmsSid", sid),
            KeyValuePair.Create("SmsStatus", "received"),
            KeyValuePair.Create("Body", body),
            KeyValuePair.Create("To", HubNumber),
            KeyValuePair.Create("NumSegments", "1"),
            KeyValuePair.Create("MessageSid", sid),
            KeyValuePair.Create("AccountSid", FakeTwilioServer.AccountSid),
            KeyValuePair.Create("From", from),
            KeyValuePair.Create("ApiVersion", "2010-04-01"),
        ];
    }

    public static List<KeyValuePair<string, string>> Status(FakeTwilioServerMessage sent, string status, int? errorCode = null)
    {
        List<KeyValuePair<string, string>> form =
        [
            KeyValuePair.Create("SmsSid", sent.Sid),
            KeyValuePair.Create("SmsStatus", status),
            KeyValuePair.Create("MessageStatus", status),
            KeyValuePair.Create("To", sent.To),
            KeyValuePair.Create("MessageSid", sent.Sid),
            KeyValuePair.Create("AccountSid", FakeTwilioServer.AccountSid),
            KeyValuePair.Create("From", sent.From ?? HubNumber),
            KeyValuePair.Create("ApiVersion", "2010-04-01"),
        ];
        if (errorCode is { } code)
        {
            form.Add(KeyValuePair.Create("ErrorCode", code.ToString(CultureInfo.InvariantCulture)));
        }

        return form;
    }

    public Task<HttpResponseMessage> SendTextAsync(string from, string body, string? sid = null) => PostAsync("/channels/sms", Message(from, body, sid));

    /// <summary>Posts a form as Twilio does: signed over the public URL with the auth token, unless the test forges or drops the signature.</summary>
    public async Task<HttpResponseMessage> PostAsync(
        string path,
        IReadOnlyList<KeyValuePair<string, string>> form,
        string? signature = null,
        bool signed = true,
        string? idempotencyToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        if (signed)
        {
            request.Headers.Add("X-Twilio-Signature", signature ?? TwilioTestSigner.Sign(FakeTwilioServer.AuthToken, PublicBaseUrl + path, form));
        }

        if (idempotencyToken is not null)
        {
            request.Headers.Add("I-Twilio-Idempotency-Token", idempotencyToken);
        }

        return await SendAndBufferAsync(request);
    }

    public Task<HttpResponseMessage> PostStatusAsync(FakeTwilioServerMessage sent, string status, int? errorCode = null) =>
        PostAsync("/channels/sms/status", Status(sent, status, errorCode));

    public async Task<HttpResponseMessage> PostRawAsync(string path, string body, string contentType, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Twilio-Signature", signature);
        return await SendAndBufferAsync(request);
    }

    public Task<List<TranscriptEntry>> TranscriptAsync(string number) =>
        TranscriptReader.ReadAsync(Services, new ConversationKey(ChannelIds.Sms, number));

    public Task<List<TranscriptEntry>> WaitForTranscriptAsync(string number, int entries) =>
        TranscriptReader.WaitForAsync(Services, new ConversationKey(ChannelIds.Sms, number), entries);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _hub.DisposeAsync();
        await _factory.DisposeAsync();
    }

    private async Task<HttpResponseMessage> SendAndBufferAsync(HttpRequestMessage request)
    {
        var response = await Client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
