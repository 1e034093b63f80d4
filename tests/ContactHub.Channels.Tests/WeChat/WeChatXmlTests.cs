using System.Text;
using ContactHub.Channels.WeChat;

namespace ContactHub.Channels.Tests.WeChat;

public sealed class WeChatXmlTests
{
    [Fact]
    public async Task ParsesTheSafeModeEnvelopeFromAStream()
    {
        await using var body = WeChatFixtures.Open("vector-e-safe.xml");

        var result = await WeChatXml.ParseAsync(body, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Reason);
        Assert.Equal("gh_97417a04a28d", result.Message.ToUserName);
        Assert.StartsWith("D7yzvUNAL930rd28", result.Message.Encrypt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectsADoctypeAndDoesNotExpandItsEntity()
    {
        await using var body = WeChatFixtures.Open("xxe-doctype.xml");

        var result = await WeChatXml.ParseAsync(body, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(WeChatXmlError.Malformed, result.Error);
        Assert.Contains("DTD", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAnExternalEntityDeclaration()
    {
        const string xxe = "<!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><xml><Content>&xxe;</Content></xml>";

        var result = WeChatXml.Parse(xxe);

        Assert.Equal(WeChatXmlError.Malformed, result.Error);
        Assert.Null(result.Message);
    }

    [Fact]
    public async Task RejectsABodyLargerThan64KiB()
    {
        var padding = new string('a', WeChatXml.MaxDocumentBytes);
        using var body = new MemoryStream(Encoding.UTF8.GetBytes($"<xml><Content><![CDATA[{padding}]]></Content></xml>"));

        var result = await WeChatXml.ParseAsync(body, CancellationToken.None);

        Assert.Equal(WeChatXmlError.TooLarge, result.Error);
    }

    [Fact]
    public async Task AcceptsABodyJustUnderTheLimit()
    {
        var padding = new string('a', WeChatXml.MaxDocumentBytes - 100);
        using var body = new MemoryStream(Encoding.UTF8.GetBytes($"<xml><Content><![CDATA[{padding}]]></Content></xml>"));

        var result = await WeChatXml.ParseAsync(body, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Reason);
        Assert.Equal(padding.Length, result.Message["Content"]!.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"touser\":\"x\"}")]
    [InlineData("<xml><Content>unclosed</xml>")]
    [InlineData("<xml></xml><xml></xml>")]
    public void ReportsMalformedBodiesAsMalformed(string body)
    {
        Assert.Equal(WeChatXmlError.Malformed, WeChatXml.Parse(body).Error);
    }

    [Fact]
    public void RejectsARootOtherThanXml()
    {
        Assert.Equal(WeChatXmlError.UnexpectedRoot, WeChatXml.Parse("<message><Content>hi</Content></message>").Error);
    }

    [Fact]
    public void KeepsUnknownElementsAndSkipsNestedOnes()
    {
        var result = WeChatXml.Parse(
            "<xml><MsgType><![CDATA[event]]></MsgType><Future>1</Future><SubscribeMsgPopupEvent><List><TemplateId>t</TemplateId></List></SubscribeMsgPopupEvent></xml>");

        Assert.True(result.IsSuccess, result.Reason);
        Assert.Equal("1", result.Message["Future"]);
        Assert.Null(result.Message["SubscribeMsgPopupEvent"]);
        Assert.Null(result.Message["TemplateId"]);
    }

    [Fact]
    public void ReadsMsgIdSpelledMsgIDOnTemplateDeliveryEvents()
    {
        Assert.Equal("200163836", WeChatFixtures.Parse("templatesendjobfinish.xml").MsgId);
    }

    [Fact]
    public void ReadsFieldNamesCaseSensitively()
    {
        var message = WeChatXml.Parse("<xml><msgtype>text</msgtype></xml>").Message!;

        Assert.Null(message.MsgType);
        Assert.Equal("text", message["msgtype"]);
    }
}
