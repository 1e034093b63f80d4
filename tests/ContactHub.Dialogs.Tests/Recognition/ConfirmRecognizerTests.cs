using ContactHub.Dialogs.Recognition;

namespace ContactHub.Dialogs.Tests.Recognition;

public sealed class ConfirmRecognizerTests
{
    [Theory]
    [InlineData("是")]
    [InlineData("是的")]
    [InlineData("好")]
    [InlineData("好的")]
    [InlineData("好的！")]
    [InlineData("对")]
    [InlineData("可以")]
    [InlineData("行")]
    [InlineData("嗯")]
    [InlineData("没问题")]
    [InlineData("1")]
    [InlineData("yes")]
    [InlineData("Yes.")]
    [InlineData("y")]
    [InlineData("OK")]
    [InlineData("ＯＫ")]
    [InlineData("sure")]
    [InlineData("就这么定了")]
    [InlineData("yes please")]
    public void RecognizesYes(string text) => Assert.True(ConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("不")]
    [InlineData("否")]
    [InlineData("不是")]
    [InlineData("不用")]
    [InlineData("不用了。")]
    [InlineData("不要")]
    [InlineData("算了")]
    [InlineData("2")]
    [InlineData("no")]
    [InlineData("N")]
    [InlineData("nope")]
    [InlineData("不了")]
    [InlineData("算了，不约了")]
    [InlineData("先不了吧")]
    [InlineData("以后再说")]
    [InlineData("No thank you.")]
    public void RecognizesNo(string text) => Assert.False(ConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("")]
    [InlineData("也许")]
    [InlineData("maybe")]
    [InlineData("不错")]
    [InlineData("3")]
    public void LeavesEverythingElseUnrecognized(string text) => Assert.Null(ConfirmRecognizer.Recognize(text));
}
