using System.Globalization;
using ContactHub.Dialogs.Recognition;

namespace ContactHub.Dialogs.Tests.Recognition;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("35", "35")]
    [InlineData("３５", "35")]
    [InlineData("3.5", "3.5")]
    [InlineData("2,000", "2000")]
    [InlineData("三十五", "35")]
    [InlineData("两千", "2000")]
    [InlineData("十二", "12")]
    [InlineData("一百零五", "105")]
    [InlineData("两千零二十六", "2026")]
    [InlineData("大概三万公里", "30000")]
    [InlineData("跑了 3万 公里", "30000")]
    [InlineData("I drove 12000 km", "12000")]
    [InlineData("about 1.5万", "15000")]
    [InlineData("-4", "-4")]
    [InlineData("十点", "10")]
    public void FindsTheFirstNumberInAMessage(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), NumberRecognizer.Recognize(text));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("不知道")]
    [InlineData("no idea")]
    [InlineData("万")]
    public void ReturnsNullWhenThereIsNoNumber(string? text) => Assert.Null(NumberRecognizer.Recognize(text));
}
