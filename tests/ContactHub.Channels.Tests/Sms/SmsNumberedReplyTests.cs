using System.Text.Json;
using ContactHub.Channels.Sms;

namespace ContactHub.Channels.Tests.Sms;

public sealed class SmsNumberedReplyTests
{
    private static readonly IReadOnlyList<CardAction> Offered = SuggestedActions.Of("预约", "稍后提醒").Actions;

    [Theory]
    [InlineData("1", "预约")]
    [InlineData(" 2 ", "稍后提醒")]
    [InlineData("１", "预约")]
    [InlineData("２", "稍后提醒")]
    [InlineData("回复1", "预约")]
    [InlineData("回复 2", "稍后提醒")]
    [InlineData("回复２。", "稍后提醒")]
    [InlineData("reply 1", "预约")]
    [InlineData("Reply 2", "稍后提醒")]
    [InlineData("2.", "稍后提醒")]
    public void MapsADigitReplyBackToTheOfferedAction(string reply, string expected) =>
        Assert.Equal(expected, SmsNumberedReply.Resolve(reply, Offered));

    [Theory]
    [InlineData("0")]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("12")]
    [InlineData("预约")]
    [InlineData("1 2")]
    [InlineData("")]
    [InlineData(null)]
    public void LeavesOtherRepliesAlone(string? reply) =>
        Assert.Null(SmsNumberedReply.Resolve(reply, Offered));

    [Theory]
    [InlineData("回复２。", 2)]
    [InlineData("reply 1", 1)]
    [InlineData("12", 12)]
    public void ReadsTheNumberAReplyChooses(string reply, int expected) =>
        Assert.Equal(expected, SmsNumberedReply.ChosenNumber(reply));

    [Theory]
    [InlineData("预约")]
    [InlineData("13900000011")]
    [InlineData("1 2")]
    [InlineData(null)]
    public void ReadsNoNumberFromOtherReplies(string? reply) =>
        Assert.Null(SmsNumberedReply.ChosenNumber(reply));

    [Fact]
    public void LeavesDigitsAloneWhenNothingWasOffered()
    {
        Assert.Null(SmsNumberedReply.Resolve("1", []));
        Assert.Null(SmsNumberedReply.Resolve("1", null));
    }

    [Fact]
    public void MapsToThePostBackValueRatherThanTheTitle()
    {
        var actions = new[]
        {
            new CardAction { Type = CardActionTypes.PostBack, Title = "Book", Value = JsonSerializer.SerializeToElement("BOOK_SERVICE", ChannelJsonContext.Default.String) },
        };
        Assert.Equal("BOOK_SERVICE", SmsNumberedReply.Resolve("1", actions));
    }

    [Fact]
    public void EveryRenderedNumberMapsBackToItsAction()
    {
        var actions = SuggestedActions.Of("预约保养", "改期", "取消预约", "人工客服");
        var menu = SmsNumberedReply.Menu(actions, "zh-CN");

        Assert.Equal("回复 1 预约保养 / 2 改期 / 3 取消预约 / 4 人工客服", menu);
        Assert.Equal(["预约保养", "改期", "取消预约", "人工客服"], Enumerable.Range(1, 4).Select(n => SmsNumberedReply.Resolve($"{n}", actions.Actions) ?? ""), StringComparer.Ordinal);
    }

    [Fact]
    public void RendersNoMenuWithoutActions()
    {
        Assert.Null(SmsNumberedReply.Menu(null, "zh-CN"));
        Assert.Null(SmsNumberedReply.Menu(new SuggestedActions(), "en"));
    }
}
