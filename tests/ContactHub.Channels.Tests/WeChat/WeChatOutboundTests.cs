using System.Text;
using System.Text.Json;
using ContactHub.Channels.WeChat;

namespace ContactHub.Channels.Tests.WeChat;

public sealed class WeChatOutboundTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1715943400);

    [Fact]
    public void WritesAPassiveTextReplyWithToAndFromSwapped()
    {
        var inbound = Inbound("text.xml");

        var xml = WeChatOutbound.PassiveReply(inbound, inbound.CreateReply("你好"), Now);

        Assert.Equal(
            "<xml><ToUserName><![CDATA[fromUser]]></ToUserName><FromUserName><![CDATA[toUser]]></FromUserName><CreateTime>1715943400</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好]]></Content></xml>",
            xml);
    }

    [Fact]
    public void KeepsCdataIntactWhenTheTextContainsItsTerminator()
    {
        var inbound = Inbound("text.xml");

        var xml = WeChatOutbound.PassiveReply(inbound, inbound.CreateReply("a]]>b"), Now);

        Assert.Equal("a]]>b", WeChatXml.Parse(xml).Message!["Content"]);
    }

    [Fact]
    public void RendersSuggestedActionsAsANumberedListInAPassiveReply()
    {
        var inbound = Inbound("text.xml");
        var reply = inbound.CreateReply("请选择服务：") with { SuggestedActions = SuggestedActions.Of("预约保养", "联系客服") };

        var content = WeChatXml.Parse(WeChatOutbound.PassiveReply(inbound, reply, Now)).Message!["Content"];

        Assert.Equal("请选择服务：\n回复 1 预约保养\n回复 2 联系客服", content);
    }

    [Fact]
    public void RendersTheNumberedListInEnglishForAnEnglishReply()
    {
        var reply = Activity.CreateMessage("Choose:", "en-US") with { SuggestedActions = SuggestedActions.Of("Book service") };

        Assert.Equal("Choose:\nReply 1 for Book service", WeChatOutbound.RenderText(reply, WeChatSuggestedActionsStyle.NumberedList));
    }

    [Fact]
    public void EncryptsAPassiveReplyThatDecryptsBackAndCarriesAValidSignature()
    {
        var crypto = new WeChatCrypto("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "wx134c8103faa5a59e");
        var inbound = Inbound("text.xml");
        var plainReply = WeChatOutbound.PassiveReply(inbound, inbound.CreateReply("已为您预约明天下午三点的保养。"), Now);

        var envelope = WeChatXml.Parse(WeChatOutbound.EncryptReply(plainReply, crypto, "AAAAA", "1590219412", Now)).Message!;

        Assert.Equal("1715943400", envelope["TimeStamp"]);
        Assert.Equal("1590219412", envelope["Nonce"]);
        Assert.Equal(
            WeChatSignatureStatus.Valid,
            WeChatSignature.VerifyMessage("AAAAA", envelope["TimeStamp"], envelope["Nonce"], envelope.Encrypt, envelope["MsgSignature"], Now));
        Assert.True(crypto.TryDecrypt(envelope.Encrypt!, out var decrypted, out _));
        Assert.Equal(plainReply, decrypted);
    }

    [Fact]
    public void WritesACustomerServiceTextMessage()
    {
        var body = Assert.Single(WeChatOutbound.CustomerServiceMessages("OPENID", Activity.CreateMessage("Hello World"), WeChatSuggestedActionsStyle.MsgMenu));

        Assert.Equal("{\"touser\":\"OPENID\",\"msgtype\":\"text\",\"text\":{\"content\":\"Hello World\"}}", body);
    }

    [Fact]
    public void WritesChineseUnescapedInCustomerServiceJson()
    {
        var body = Assert.Single(WeChatOutbound.CustomerServiceMessages("OPENID", Activity.CreateMessage("您好\n\"车主\""), WeChatSuggestedActionsStyle.MsgMenu));

        Assert.Contains("您好", body, StringComparison.Ordinal);
        Assert.Equal("您好\n\"车主\"", JsonDocument.Parse(body).RootElement.GetProperty("text").GetProperty("content").GetString());
    }

    [Fact]
    public void RendersSuggestedActionsAsAMsgMenu()
    {
        var reply = Activity.CreateMessage("您对本次服务是否满意呢? ") with { SuggestedActions = SuggestedActions.Of("满意", "不满意") };

        var body = Assert.Single(WeChatOutbound.CustomerServiceMessages("OPENID", reply, WeChatSuggestedActionsStyle.MsgMenu));

        using var json = JsonDocument.Parse(body);
        Assert.Equal("msgmenu", json.RootElement.GetProperty("msgtype").GetString());
        var menu = json.RootElement.GetProperty("msgmenu");
        Assert.Equal("您对本次服务是否满意呢?", menu.GetProperty("head_content").GetString());
        Assert.Equal(
            ["1:满意", "2:不满意"],
            menu.GetProperty("list").EnumerateArray().Select(i => $"{i.GetProperty("id").GetString()}:{i.GetProperty("content").GetString()}"),
            StringComparer.Ordinal);
        Assert.Equal("", menu.GetProperty("tail_content").GetString());
    }

    [Fact]
    public void RendersSuggestedActionsAsANumberedTextWhenConfigured()
    {
        var reply = Activity.CreateMessage("请选择：") with { SuggestedActions = SuggestedActions.Of("预约保养", "我的车辆") };

        var body = Assert.Single(WeChatOutbound.CustomerServiceMessages("OPENID", reply, WeChatSuggestedActionsStyle.NumberedList));

        Assert.Equal("请选择：\n回复 1 预约保养\n回复 2 我的车辆", JsonDocument.Parse(body).RootElement.GetProperty("text").GetProperty("content").GetString());
    }

    [Fact]
    public void SendsLongTextAsSeveralMessagesBeforeTheMenu()
    {
        var text = string.Concat(Enumerable.Repeat("您的爱车已到保养周期，请尽快预约。", 100));
        var reply = Activity.CreateMessage(text) with { SuggestedActions = SuggestedActions.Of("预约保养") };

        var bodies = WeChatOutbound.CustomerServiceMessages("OPENID", reply, WeChatSuggestedActionsStyle.MsgMenu);

        Assert.True(bodies.Count > 1);
        Assert.All(bodies.SkipLast(1), b => Assert.Contains("\"msgtype\":\"text\"", b, StringComparison.Ordinal));
        Assert.Contains("\"msgtype\":\"msgmenu\"", bodies[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void SplitsLongChineseTextAtSentenceEndsWithinTheByteLimit()
    {
        var sentence = "您的爱车已到保养周期，请尽快预约。"; // 17 chars, 51 bytes
        var text = string.Concat(Enumerable.Repeat(sentence, 100));

        var parts = WeChatOutbound.SplitText(text);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(Encoding.UTF8.GetByteCount(p), 1, WeChatOutbound.MaxTextBytes));
        Assert.All(parts, p => Assert.EndsWith("。", p, StringComparison.Ordinal));
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void FillsEachPartUpToTheLimitBeforeSplitting()
    {
        var text = string.Concat(Enumerable.Repeat("好。", 2000));

        var first = WeChatOutbound.SplitText(text)[0];

        Assert.InRange(Encoding.UTF8.GetByteCount(first), WeChatOutbound.MaxTextBytes - 6, WeChatOutbound.MaxTextBytes);
    }

    [Fact]
    public void CutsTextWithoutSentenceEndsAtTheLastWholeCharacter()
    {
        var text = new string('车', 1000); // 3000 bytes

        var parts = WeChatOutbound.SplitText(text);

        Assert.Equal([682, 318], parts.Select(p => p.Length));
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void NeverSplitsASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("🚗", 10)); // 4 bytes each

        var parts = WeChatOutbound.SplitText(text, maxBytes: 10);

        Assert.All(parts, p => Assert.Equal(2, new System.Globalization.StringInfo(p).LengthInTextElements));
    }

    [Fact]
    public void LeavesShortTextInOnePiece()
    {
        Assert.Equal(["预约成功！"], WeChatOutbound.SplitText("预约成功！"));
    }

    [Fact]
    public void FitsAShortReplyButNotAnOverlongOneIntoAPassiveReply()
    {
        Assert.True(WeChatOutbound.FitsPassiveReply(Activity.CreateMessage("好的")));
        Assert.False(WeChatOutbound.FitsPassiveReply(Activity.CreateMessage(new string('车', 683))));
        Assert.False(WeChatOutbound.FitsPassiveReply(Activity.CreateMessage("")));
    }

    private static Activity Inbound(string fixture)
    {
        Assert.True(WeChatInbound.TryCreateActivity(WeChatFixtures.Parse(fixture), out var activity, out var reason), reason);
        return activity;
    }
}
