using ContactHub.Dialogs.Recognition;

namespace ContactHub.Dialogs.Tests.Recognition;

public sealed class SurveyScoreRecognizerTests
{
    [Theory]
    [InlineData("5", "5")]
    [InlineData("0", "0")]
    [InlineData("10分", "10")]
    [InlineData("五", "5")]
    [InlineData("打四分", "4")]
    [InlineData("3星", "3")]
    [InlineData("★★", "2")]
    [InlineData("⭐️⭐️⭐️⭐️", "4")]
    [InlineData("🌟🌟🌟", "3")]
    [InlineData("👍", "5")]
    [InlineData("😐", "3")]
    [InlineData("🤬", "1")]
    [InlineData("非常满意", "5")]
    [InlineData("满意", "4")]
    [InlineData("一般", "3")]
    [InlineData("不满意", "2")]
    [InlineData("很差", "1")]
    [InlineData("非常不满意", "1")]
    [InlineData("4/5", "4")]
    [InlineData("8 out of 10", "8")]
    [InlineData("Very Satisfied", "5")]
    [InlineData("  一般般吧。", "3")]
    public void ReadsDigitsNumeralsStarsEmojiAndWords(string text, string score) =>
        Assert.Equal(score, EntityFinder.Single(new SurveyScoreRecognizer(), text));

    [Theory]
    [InlineData("11")]
    [InlineData("3.5")]
    [InlineData("★★★★★★")]
    [InlineData("你们服务太差了")]
    [InlineData("我觉得满意")]
    [InlineData("好的")]
    [InlineData("ok")]
    [InlineData("👍 but slow")]
    public void IgnoresSentencesAndOutOfRangeAnswers(string text) => Assert.Empty(EntityFinder.Find(new SurveyScoreRecognizer(), text));
}
