using BenchmarkDotNet.Attributes;
using ContactHub.Channels;
using ContactHub.Channels.WeChat;

namespace ContactHub.Benchmarks;

/// <summary>
/// The CPU part of one safe-mode WeChat push (issue 4): decrypt the Encrypt element, parse the XML, make the Activity,
/// and encrypt a passive text reply. Keys and account are vector B/F's (reference §1.6).
/// </summary>
[MemoryDiagnoser]
public class WeChatCryptoBenchmarks
{
    private const string AppId = "wx5823bf96d3bd56c7";
    private const string Token = "QDG6eK";

    private readonly WeChatCrypto _crypto = new("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", AppId);
    private readonly DateTimeOffset _now = DateTimeOffset.FromUnixTimeSeconds(1_790_000_000);
    private readonly Activity _reply = Activity.CreateMessage(
        "星河汽车4S店（演示）\n营业时间：周一至周日 8:30–18:00（法定节假日另行通知）\n地址：示例市星河区汽车城路88号\n电话：020-12345678",
        "zh-CN");

    private string _encrypt = "";
    private Activity _inbound = new();

    [GlobalSetup]
    public void Setup()
    {
        _encrypt = _crypto.Encrypt(
        "<xml><ToUserName><![CDATA[gh_97417a04a28d]]></ToUserName><FromUserName><![CDATA[oyORnuP8q7ou2gfYjqLzSIWZf0rs]]></FromUserName>"
        + "<CreateTime>1790000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[请问门店几点开门？]]></Content>"
        + "<MsgId>6054768590064713728</MsgId></xml>");
        _inbound = Decrypt_Parse()!;
    }

    [Benchmark]
    public Activity? Decrypt_Parse()
    {
        _crypto.TryDecrypt(_encrypt, out var xml, out _);
        var message = WeChatXml.Parse(xml!).Message!;
        WeChatInbound.TryCreateActivity(message, out var activity, out _);
        return activity;
    }

    [Benchmark]
    public string EncryptPassiveReply() =>
        WeChatOutbound.EncryptReply(WeChatOutbound.PassiveReply(_inbound, _reply, _now), _crypto, Token, "263014780", _now);

    [Benchmark(Baseline = true)]
    public string Decrypt_Parse_Encrypt()
    {
        var inbound = Decrypt_Parse()!;
        return WeChatOutbound.EncryptReply(WeChatOutbound.PassiveReply(inbound, _reply, _now), _crypto, Token, "263014780", _now);
    }
}
