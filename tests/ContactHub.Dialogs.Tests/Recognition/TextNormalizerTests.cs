using ContactHub.Dialogs.Recognition;

namespace ContactHub.Dialogs.Tests.Recognition;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("预约", "预约")]
    [InlineData("  预约保养。", "预约保养")]
    [InlineData("ＯＫ！", "ok")]
    [InlineData("１２", "12")]
    [InlineData("Yes", "yes")]
    [InlineData(" Menu ", "menu")]
    [InlineData("“是”", "是")]
    [InlineData("ÅNGSTRÖM", "ångström")]
    [InlineData("㍿", "株式会社")]
    [InlineData("\U00010400", "\U00010428")]
    [InlineData("   ", "")]
    [InlineData(null, "")]
    public void PutsTextInTheFormRecognizersCompare(string? text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("预约")]
    [InlineData("13900000011")]
    [InlineData("常规保养 12月3日")]
    public void HandsBackTextThatIsInNormalFormAlready(string text) =>
        Assert.Same(text, TextNormalizer.Normalize(text));
}
