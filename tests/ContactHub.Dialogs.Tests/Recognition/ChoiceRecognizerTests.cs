using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Runtime.Prompts;

namespace ContactHub.Dialogs.Tests.Recognition;

public sealed class ChoiceRecognizerTests
{
    private static readonly Choice[] Chinese = [new("预约保养", ["保养"]), new("投诉建议", ["投诉"]), new("门店信息", ["地址", "电话"])];
    private static readonly Choice[] English = [new("Book service", ["service"]), new("Complaint"), new("Store info", ["address", "hours"])];

    [Theory]
    [InlineData("预约保养", 0)]
    [InlineData("1", 0)]
    [InlineData("１", 0)]
    [InlineData("2", 1)]
    [InlineData("第一个", 0)]
    [InlineData("第二个", 1)]
    [InlineData("第1个", 0)]
    [InlineData("第三项", 2)]
    [InlineData("一", 0)]
    [InlineData("二", 1)]
    [InlineData("三。", 2)]
    [InlineData("最后一个", 2)]
    [InlineData("保养", 0)]
    [InlineData("我想预约保养", 0)]
    [InlineData("你们地址在哪", 2)]
    [InlineData("门店信息！", 2)]
    public void PicksChineseChoices(string text, int expected) => Assert.Equal(expected, ChoiceRecognizer.Recognize(text, Chinese)?.Index);

    [Theory]
    [InlineData("Book service", 0)]
    [InlineData("book SERVICE", 0)]
    [InlineData("1", 0)]
    [InlineData("first", 0)]
    [InlineData("the second one", 1)]
    [InlineData("3rd", 2)]
    [InlineData("three", 2)]
    [InlineData("last", 2)]
    [InlineData("complaint", 1)]
    [InlineData("what are your hours?", 2)]
    public void PicksEnglishChoices(string text, int expected) => Assert.Equal(expected, ChoiceRecognizer.Recognize(text, English)?.Index);

    [Theory]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("第四个")]
    [InlineData("洗车")]
    [InlineData("保养的时候投诉")]
    [InlineData("fourth")]
    public void ReturnsNullForNoneOrAmbiguousMatches(string text) => Assert.Null(ChoiceRecognizer.Recognize(text, Chinese));

    [Fact]
    public void ReturnsTheChoicesTitleAsValue() =>
        Assert.Equal(new FoundChoice("投诉建议", 1), ChoiceRecognizer.Recognize("投诉", Chinese));
}
