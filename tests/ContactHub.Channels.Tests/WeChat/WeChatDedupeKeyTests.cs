using ContactHub.Channels.WeChat;

namespace ContactHub.Channels.Tests.WeChat;

public sealed class WeChatDedupeKeyTests
{
    [Fact]
    public void KeysAMessageByItsMsgId()
    {
        Assert.Equal("msg:1234567890123456", WeChatDedupeKey.From(WeChatFixtures.Parse("text.xml"))?.Value);
    }

    [Fact]
    public void KeysAnEventBySenderCreateTimeAndEvent()
    {
        Assert.Equal("evt:FromUser:123456789:CLICK", WeChatDedupeKey.From(WeChatFixtures.Parse("click.xml"))?.Value);
    }

    [Fact]
    public void KeysATemplateDeliveryEventBySenderNotByTheTemplateMsgId()
    {
        Assert.Equal(
            "evt:oia2TjuEGTNoeX76QEjQNrcURxG8:1395658920:TEMPLATESENDJOBFINISH",
            WeChatDedupeKey.From(WeChatFixtures.Parse("templatesendjobfinish.xml"))?.Value);
    }

    [Fact]
    public void TellsApartTwoClicksOfOneUserInDifferentSeconds()
    {
        var later = WeChatFixtures.Read("click.xml").Replace("123456789", "123456790", StringComparison.Ordinal);

        Assert.NotEqual(
            WeChatDedupeKey.From(WeChatFixtures.Parse("click.xml")),
            WeChatDedupeKey.From(WeChatXml.Parse(later).Message!));
    }

    [Fact]
    public void HasNoKeyWithoutASender()
    {
        Assert.Null(WeChatDedupeKey.From(WeChatXml.Parse("<xml><CreateTime>1</CreateTime><MsgId>5</MsgId></xml>").Message!));
    }
}
