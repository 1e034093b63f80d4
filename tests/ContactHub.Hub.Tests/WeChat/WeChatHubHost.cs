using System.Globalization;
using System.Text;
using ContactHub.Channels;
using ContactHub.Channels.WeChat;
using ContactHub.Hub.Records;
using ContactHub.Hub.Tests.Fakes;
using ContactHub.Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace ContactHub.Hub.Tests.WeChat;

/// <summary>
/// A hub with the WeChat channel pointed at <see cref="FakeWeChatServer"/>, and a WeChat server's side of the push:
/// bodies signed (and in safe mode encrypted) with the real algorithms, never with a switch that turns checks off.
/// </summary>
public sealed class WeChatHubHost : IAsyncDisposable
{
    // Vector B/F's account (reference §1.6), so the crypto is the one the official samples check.
    public const string DefaultAppId = "wx5823bf96d3bd56c7";
    public const string Token = "QDG6eK";
    public const string EncodingAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    public const string Account = "gh_97417a04a28d";

    private static long _msgIds = 6054768590064713728;
    private readonly HubFactory _factory;
    private readonly WebApplicationFactory<Program> _hub;

    public WeChatHubHost(
        FakeWeChatServer api,
        string? redis = null,
        TimeSpan? deadline = null,
        Action<IServiceCollection>? services = null,
        string? recordsPath = null,
        string appId = DefaultAppId,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        AppId = appId;
        Crypto = new WeChatCrypto(EncodingAesKey, appId);
        _factory = new HubFactory(redis, recordsPath);
        _hub = _factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("WeChat:AppId", appId);
            b.UseSetting("WeChat:AppSecret", "test-secret");
            b.UseSetting("WeChat:Token", Token);
            b.UseSetting("WeChat:EncodingAESKey", EncodingAesKey);
            b.UseSetting("WeChat:ApiBaseUrl", api.BaseUrl.ToString());
            b.UseSetting("WeChat:ReplyDeadline", (deadline ?? TimeSpan.FromSeconds(4)).ToString("c", CultureInfo.InvariantCulture));
            b.UseSetting("WeChat:Templates:ServiceReminder:TemplateId", "ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY");
            b.UseSetting("WeChat:Templates:ServiceReminder:Data:keyword1", "{plate}");
            b.UseSetting("WeChat:Templates:ServiceReminder:Data:keyword2", "{due}");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>(StringComparer.Ordinal))
            {
                b.UseSetting(key, value);
            }

            if (services is not null)
            {
                b.ConfigureTestServices(services);
            }
        });
        Client = _hub.CreateClient();
    }

    /// <summary>Tests on the shared Redis use their own AppId, so the token one test's fake issued is not another's.</summary>
    public string AppId { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _hub.Services;

    public string RecordsPath => _factory.RecordsPath;

    public WeChatCrypto Crypto { get; }

    public static string NewOpenId() => "o" + Guid.NewGuid().ToString("N")[..27];

    public static string NextMsgId() => Interlocked.Increment(ref _msgIds).ToString(CultureInfo.InvariantCulture);

    public static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static string Text(string openId, string content, string? msgId = null, string? extra = null) =>
        $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName><CreateTime>{Now()}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{content}]]></Content><MsgId>{msgId ?? NextMsgId()}</MsgId>{extra}</xml>";

    public static string Event(string openId, string name, string? eventKey = null, string? extra = null) =>
        $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName><CreateTime>{Now()}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{name}]]></Event>"
        + (eventKey is null ? "" : $"<EventKey><![CDATA[{eventKey}]]></EventKey>") + extra + "</xml>";

    /// <summary>A plaintext-mode push, signed like WeChat signs it (§1.1) unless the test forges the signature.</summary>
    public Task<HttpResponseMessage> PostPlainAsync(string xml, string? signature = null, string? timestamp = null)
    {
        timestamp ??= Now();
        const string nonce = "1590219412";
        signature ??= WeChatSignature.Compute(Token, timestamp, nonce);
        return Client.PostAsync(
            new Uri($"/channels/wechat?signature={signature}&timestamp={timestamp}&nonce={nonce}&openid=x", UriKind.Relative),
            new StringContent(xml, Encoding.UTF8, "text/xml"));
    }

    /// <summary>A safe-mode push (§1.5): only ToUserName and Encrypt in the body, msg_signature over the ciphertext.</summary>
    public Task<HttpResponseMessage> PostSafeAsync(string xml)
    {
        var timestamp = Now();
        const string nonce = "263014780";
        var encrypt = Crypto.Encrypt(xml);
        var msgSignature = WeChatSignature.ComputeMessage(Token, timestamp, nonce, encrypt);
        var body = $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>";
        var query = $"signature={WeChatSignature.Compute(Token, timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}&openid=x&encrypt_type=aes&msg_signature={msgSignature}";
        return Client.PostAsync(new Uri("/channels/wechat?" + query, UriKind.Relative), new StringContent(body, Encoding.UTF8, "text/xml"));
    }

    /// <summary>Checks an encrypted passive reply's MsgSignature as WeChat would, and returns the reply XML inside.</summary>
    public WeChatXmlMessage OpenEncryptedReply(string envelopeXml)
    {
        var envelope = WeChatXml.Parse(envelopeXml);
        Assert.True(envelope.IsSuccess, envelope.Reason);
        var signed = WeChatSignature.ComputeMessage(Token, envelope.Message["TimeStamp"]!, envelope.Message["Nonce"]!, envelope.Message.Encrypt!);
        Assert.Equal(signed, envelope.Message["MsgSignature"]);
        Assert.True(Crypto.TryDecrypt(envelope.Message.Encrypt!, out var xml, out var error), error.ToString());
        return ParseReply(xml);
    }

    public static WeChatXmlMessage ParseReply(string xml)
    {
        var reply = WeChatXml.Parse(xml);
        Assert.True(reply.IsSuccess, reply.Reason);
        return reply.Message;
    }

    public Task<List<TranscriptEntry>> TranscriptAsync(string openId) =>
        TranscriptReader.ReadAsync(Services, new ConversationKey(ChannelIds.WeChat, openId));

    public Task<List<TranscriptEntry>> WaitForTranscriptAsync(string openId, int entries) =>
        TranscriptReader.WaitForAsync(Services, new ConversationKey(ChannelIds.WeChat, openId), entries);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _hub.DisposeAsync();
        await _factory.DisposeAsync();
    }
}
