using System.Text.Json;
using ContactHub.Channels.WeChat;

namespace ContactHub.Channels.Tests.WeChat;

public sealed class WeChatInboundTests
{
    [Fact]
    public void TurnsATextMessageIntoAMessageActivityOnTheUsersConversation()
    {
        var activity = Inbound("text.xml");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("this is a test", activity.Text);
        Assert.Equal("1234567890123456", activity.Id);
        Assert.Equal(ChannelIds.WeChat, activity.ChannelId);
        Assert.Equal("fromUser", activity.From!.Id);
        Assert.Equal("fromUser", activity.Conversation!.Id);
        Assert.Equal("toUser", activity.Recipient!.Id);
        Assert.Equal("zh-CN", activity.Locale);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1348831860), activity.Timestamp);
        Assert.Equal("xxxx", activity.ChannelData!.Value.GetProperty("MsgDataId").GetString());
        Assert.Null(activity.Value);
    }

    [Fact]
    public void TurnsAnImageIntoAnAttachmentAndKeepsTheMediaId()
    {
        var activity = Inbound("image.xml");

        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal("this is a url", attachment.ContentUrl);
        Assert.StartsWith("image/", attachment.ContentType, StringComparison.Ordinal);
        Assert.Equal("media_id", activity.ChannelData!.Value.GetProperty("MediaId").GetString());
    }

    [Fact]
    public void UsesTheVoiceRecognitionAsText()
    {
        var activity = Inbound("voice.xml");

        Assert.Equal("腾讯微信团队", activity.Text);
        Assert.Equal("audio/format", Assert.Single(activity.Attachments!).ContentType);
    }

    [Fact]
    public void LeavesTextEmptyForVoiceWithoutRecognition()
    {
        var xml = WeChatFixtures.Read("voice.xml").Replace("<Recognition><![CDATA[腾讯微信团队]]></Recognition>", "", StringComparison.Ordinal);

        var activity = Create(WeChatXml.Parse(xml).Message!);

        Assert.Null(activity.Text);
        Assert.Single(activity.Attachments!);
    }

    [Fact]
    public void TurnsALocationIntoCoordinatesAndLabel()
    {
        var value = Inbound("location.xml").Value!.Value;

        Assert.Equal(23.134521, value.GetProperty("latitude").GetDouble());
        Assert.Equal(113.358803, value.GetProperty("longitude").GetDouble());
        Assert.Equal(20, value.GetProperty("scale").GetDouble());
        Assert.Equal("位置信息", value.GetProperty("label").GetString());
    }

    [Fact]
    public void TurnsALinkIntoTitleUrlAndDescription()
    {
        var activity = Inbound("link.xml");

        Assert.Equal("公众平台官网链接", activity.Text);
        Assert.Equal("url", Assert.Single(activity.Attachments!).ContentUrl);
        Assert.Equal("公众平台官网链接", activity.Value!.Value.GetProperty("description").GetString());
    }

    [Fact]
    public void KeepsTheMenuIdOfAMsgMenuClickBack()
    {
        var activity = Inbound("msgmenu-click.xml");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("满意", activity.Text);
        Assert.Equal("101", activity.Value!.Value.GetProperty("menuId").GetString());
    }

    [Fact]
    public void TurnsAPlainSubscribeIntoAnEventWithoutSource()
    {
        var activity = Inbound("subscribe.xml");

        Assert.Equal(ActivityTypes.Event, activity.Type);
        Assert.Equal(WeChatEvents.Subscribe, activity.Name);
        Assert.Null(activity.Id);
        Assert.Null(activity.Value);
        Assert.Equal("FromUser", activity.Conversation!.Id);
    }

    [Fact]
    public void KeepsTheQrSceneOfASubscribeAsItsSource()
    {
        var activity = Inbound("subscribe-qrscene.xml");

        Assert.Equal(WeChatEvents.Subscribe, activity.Name);
        Assert.Equal("123123", activity.Value!.Value.GetProperty("source").GetString());
        Assert.Equal("TICKET", activity.Value!.Value.GetProperty("ticket").GetString());
        Assert.Equal("qrscene_123123", activity.ChannelData!.Value.GetProperty("EventKey").GetString());
    }

    [Fact]
    public void TurnsUnsubscribeIntoAnEvent()
    {
        var activity = Inbound("unsubscribe.xml");

        Assert.Equal(ActivityTypes.Event, activity.Type);
        Assert.Equal(WeChatEvents.Unsubscribe, activity.Name);
    }

    [Fact]
    public void KeepsTheSceneOfAScanWithoutPrefix()
    {
        var activity = Inbound("scan.xml");

        Assert.Equal(WeChatEvents.Scan, activity.Name);
        Assert.Equal("SCENE_VALUE", activity.Value!.Value.GetProperty("source").GetString());
    }

    [Fact]
    public void CarriesTheMenuKeyOfAClick()
    {
        var activity = Inbound("click.xml");

        Assert.Equal(WeChatEvents.Click, activity.Name);
        Assert.Equal("EVENTKEY", activity.Value!.Value.GetProperty("key").GetString());
    }

    [Fact]
    public void CarriesTheUrlAndMenuIdOfAView()
    {
        var value = Inbound("view.xml").Value!.Value;

        Assert.Equal("www.qq.com", value.GetProperty("url").GetString());
        Assert.Equal("414775299", value.GetProperty("menuId").GetString());
    }

    [Fact]
    public void TurnsALocationReportIntoCoordinatesAndPrecision()
    {
        var activity = Inbound("location-event.xml");

        Assert.Equal(WeChatEvents.Location, activity.Name);
        Assert.Equal(119.38504, activity.Value!.Value.GetProperty("precision").GetDouble());
    }

    [Fact]
    public void TurnsATemplateDeliveryResultIntoAStatusForTheOutboundMessage()
    {
        var activity = Inbound("templatesendjobfinish.xml");

        Assert.Equal(WeChatEvents.TemplateSendJobFinish, activity.Name);
        Assert.Equal("200163836", activity.ReplyToId);
        Assert.Equal("success", activity.Value!.Value.GetProperty("status").GetString());
        Assert.Equal("oia2TjuEGTNoeX76QEjQNrcURxG8", activity.Conversation!.Id);
    }

    [Fact]
    public void ParsesTheMessageInsideTheDecryptedVectorC()
    {
        var envelope = WeChatFixtures.Parse("vector-c-compatible.xml");
        Assert.True(new WeChatCrypto("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "wx2c2769f8efd9abc2").TryDecrypt(envelope.Encrypt!, out var plain, out _));

        var activity = Create(WeChatXml.Parse(plain).Message!);

        Assert.Equal("abcdteT", activity.Text);
        Assert.Equal("6054768590064713728", activity.Id);
        Assert.Equal("oyORnuP8q7ou2gfYjqLzSIWZf0rs", activity.From!.Id);
    }

    [Theory]
    [InlineData("<xml><ToUserName>gh</ToUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>")]
    [InlineData("<xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName><CreateTime>1</CreateTime></xml>")]
    [InlineData("<xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName><CreateTime>soon</CreateTime><MsgType>text</MsgType></xml>")]
    public void RefusesAMessageWithoutItsHeader(string xml)
    {
        Assert.False(WeChatInbound.TryCreateActivity(WeChatXml.Parse(xml).Message!, out var activity, out var reason));
        Assert.Null(activity);
        Assert.NotEmpty(reason);
    }

    [Fact]
    public void SerializesTheActivityWithBotFrameworkFieldNames()
    {
        var json = JsonSerializer.Serialize(Inbound("click.xml"), ChannelJsonContext.Default.Activity);

        Assert.Contains("\"name\":\"CLICK\"", json, StringComparison.Ordinal);
        Assert.Contains("\"channelId\":\"wechat\"", json, StringComparison.Ordinal);
    }

    private static Activity Inbound(string fixture) => Create(WeChatFixtures.Parse(fixture));

    private static Activity Create(WeChatXmlMessage message)
    {
        Assert.True(WeChatInbound.TryCreateActivity(message, out var activity, out var reason), reason);
        return activity;
    }
}
