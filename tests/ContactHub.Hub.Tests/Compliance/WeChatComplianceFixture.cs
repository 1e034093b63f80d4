using System.Net;
using System.Text;
using ContactHub.Channels;
using ContactHub.Channels.WeChat;
using ContactHub.Hub.Tests.Fakes;
using ContactHub.Hub.Tests.WeChat;

namespace ContactHub.Hub.Tests.Compliance;

/// <summary>WeChat on the fake WeChat API; pushes in safe mode, encrypted and signed as WeChat does it (§1.1, §1.5).</summary>
public sealed class WeChatComplianceFixture : ChannelComplianceFixture
{
    private FakeWeChatServer _api = null!;
    private WeChatHubHost _hub = null!;

    public override string Channel => ChannelIds.WeChat;

    public override HttpStatusCode BadSignatureStatus => HttpStatusCode.Unauthorized;

    public override IServiceProvider Services => _hub.Services;

    public override string NewUser() => WeChatHubHost.NewOpenId();

    public override string NewDeliveryId() => WeChatHubHost.NextMsgId();

    public override Task<HttpResponseMessage> PostMessageAsync(string user, string text, string? deliveryId = null) =>
        _hub.PostSafeAsync(WeChatHubHost.Text(user, text, deliveryId));

    public override Task<HttpResponseMessage> PostForgedAsync(string user, string text, string deliveryId) =>
        _hub.PostPlainAsync(WeChatHubHost.Text(user, text, deliveryId), signature: WeChatSignature.Compute("guessed-token", WeChatHubHost.Now(), "1590219412"));

    public override Task<HttpResponseMessage> PostMalformedAsync() => _hub.PostPlainAsync("<xml><ToUserName>gh_97417a04a28d</ToUserName><Content>");

    public override async Task OptOutAsync(string user) =>
        (await _hub.PostSafeAsync(WeChatHubHost.Event(user, WeChatEvents.Unsubscribe))).EnsureSuccessStatusCode();

    public override string DedupeId(string deliveryId) => $"{_hub.AppId}:msg:{deliveryId}";

    public override IReadOnlyList<string> SentTo(string user) =>
        [.. _api.CustomerServiceMessages.Where(m => m.AnsweredErrCode == 0 && m.Json.GetProperty("touser").GetString() == user).Select(Shown)];

    public override async Task<IReadOnlyList<string>> WaitForSentAsync(string user, int count)
    {
        await _api.WaitUntilAsync(() => SentTo(user).Count >= count, Wait);
        return SentTo(user);
    }

    public override bool FitsOneMessage(string text) => Encoding.UTF8.GetByteCount(text) <= WeChatOutbound.MaxTextBytes;

    public override Task InitializeAsync()
    {
        _api = new FakeWeChatServer();
        _hub = new WeChatHubHost(_api);
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        await _api.DisposeAsync();
    }

    // A msgmenu shows its head and then its items as the customer sees them.
    private static string Shown(FakeWeChatServerRequest message) =>
        message.Json.GetProperty("msgtype").GetString() == "msgmenu"
            ? string.Join("\n", [message.ShownText, .. message.Json.GetProperty("msgmenu").GetProperty("list").EnumerateArray().Select(i => i.GetProperty("content").GetString())])
            : message.ShownText ?? "";
}
