using ContactHub.Dialogs.Recognition;

namespace ContactHub.Dialogs.Tests.Recognition;

public sealed class NumberEntityRecognizerTests
{
    [Fact]
    public void FindsEveryNumberWithItsSpan()
    {
        var found = EntityFinder.Find(new NumberEntityRecognizer(), "两辆车，一共跑了3万公里");
        Assert.Equal(["2", "30000"], found.Select(e => e.Value), StringComparer.Ordinal);
        Assert.Equal("3万", found[1].Text);
        Assert.Equal(8, found[1].Start);
    }

    [Theory]
    [InlineData("帮我约一下")]
    [InlineData("服务一般")]
    [InlineData("十分满意")]
    [InlineData("4S店")]
    [InlineData("A6L")]
    [InlineData("ID4")]
    public void IgnoresNumeralsInsideWordsAndModelNames(string text) => Assert.Empty(EntityFinder.Find(new NumberEntityRecognizer(), text));
}
