using ContactHub.Channels.Sms;

namespace ContactHub.Channels.Tests.Sms;

public sealed class SmsOptOutTests
{
    [Theory]
    [InlineData("STOP", SmsKeyword.OptOut)]
    [InlineData("stop", SmsKeyword.OptOut)]
    [InlineData("  Stop  ", SmsKeyword.OptOut)]
    [InlineData("UNSUBSCRIBE", SmsKeyword.OptOut)]
    [InlineData("END", SmsKeyword.OptOut)]
    [InlineData("QUIT", SmsKeyword.OptOut)]
    [InlineData("STOPALL", SmsKeyword.OptOut)]
    [InlineData("REVOKE", SmsKeyword.OptOut)]
    [InlineData("OPTOUT", SmsKeyword.OptOut)]
    [InlineData("CANCEL", SmsKeyword.OptOut)]
    [InlineData("退订", SmsKeyword.OptOut)]
    [InlineData(" 退订\n", SmsKeyword.OptOut)]
    [InlineData("TD", SmsKeyword.OptOut)]
    [InlineData("td", SmsKeyword.OptOut)]
    [InlineData("T", SmsKeyword.OptOut)]
    [InlineData("t", SmsKeyword.OptOut)]
    [InlineData("START", SmsKeyword.OptIn)]
    [InlineData("yes", SmsKeyword.OptIn)]
    [InlineData("UNSTOP", SmsKeyword.OptIn)]
    [InlineData("HELP", SmsKeyword.Help)]
    [InlineData("help", SmsKeyword.Help)]
    [InlineData("帮助", SmsKeyword.Help)]
    public void ClassifiesWholeMessageKeywords(string text, SmsKeyword expected) =>
        Assert.Equal(expected, SmsOptOut.Classify(text));

    [Theory]
    [InlineData("stop texting me")]
    [InlineData("请不要退订")]
    [InlineData("TDD")]
    [InlineData("yes please")]
    [InlineData("1")]
    [InlineData("")]
    [InlineData(null)]
    public void IgnoresKeywordsInsideSentences(string? text) =>
        Assert.Equal(SmsKeyword.None, SmsOptOut.Classify(text));

    [Theory]
    [InlineData("zh-CN", "国庆保养特惠，工时费八折。\n回复TD退订")]
    [InlineData(null, "国庆保养特惠，工时费八折。\n回复TD退订")]
    [InlineData("en", "20% off labour this week.\nReply STOP to opt out")]
    [InlineData("en-US", "20% off labour this week.\nReply STOP to opt out")]
    public void EndsMarketingTextWithTheOptOutLine(string? locale, string expected)
    {
        var text = locale?.StartsWith("en", StringComparison.Ordinal) == true ? "20% off labour this week." : "国庆保养特惠，工时费八折。";
        Assert.Equal(expected, SmsOptOut.WithFooter(text, locale));
    }

    [Fact]
    public void AddsTheOptOutLineOnlyOnce()
    {
        var once = SmsOptOut.WithFooter("国庆保养特惠。", "zh-CN");
        Assert.Equal(once, SmsOptOut.WithFooter(once, "zh-CN"));
    }
}
