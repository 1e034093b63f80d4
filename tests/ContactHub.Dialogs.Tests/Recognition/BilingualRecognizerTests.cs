using ContactHub.Dialogs.Recognition;

namespace ContactHub.Dialogs.Tests.Recognition;

public sealed class BilingualRecognizerTests
{
    private static readonly BilingualRecognizer Recognizer = new();

    private static RecognizerResult Recognize(string? text, string locale = "zh-CN") => Recognizer.Recognize(text, locale, RecognizerTable.Now);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AnswersNoneWithNoEntitiesForEmptyText(string? text)
    {
        var result = Recognize(text);
        Assert.Equal(Intents.None, result.Intent);
        Assert.Equal(0, result.Score);
        Assert.Empty(result.Entities);
    }

    [Fact]
    public void DigitsInsideATicketVinOrMobileAreNotAlsoNumbersOrDates()
    {
        var result = Recognize("TS-20261127-0001 我的电话13812345678 车架号1HGCM82633A004352");
        Assert.Equal([EntityTypes.Ticket, EntityTypes.Mobile, EntityTypes.Vin], result.Entities.Select(e => e.Type), StringComparer.Ordinal);
    }

    [Fact]
    public void ASurveyAnswerLikeFourOutOfFiveIsAScoreNotADate()
    {
        var result = Recognize("4/5", "en");
        Assert.Equal(Intents.SurveyScore, result.Intent);
        Assert.Equal("4", Assert.Single(result.Entities).Value);
    }

    [Fact]
    public void EntitySpansPointIntoTheOriginalTextEvenWithFullWidthCharacters()
    {
        const string text = "ＯＫ，明天下午３点，京Ａ１２３４５";
        var result = Recognize(text);
        Assert.All(result.Entities, e => Assert.Equal(e.Text, text.Substring(e.Start, e.Length)));
        Assert.Equal(["明天下午３点", "京Ａ１２３４５"], result.Entities.Select(e => e.Text), StringComparer.Ordinal);
        Assert.Equal("京A12345", result.Entity(EntityTypes.Plate)?.Value);
        Assert.Equal("2026-11-28T15:00:00+08:00", result.Entity(EntityTypes.DateTime)?.Value);
    }

    [Fact]
    public void EntitiesComeInTheOrderTheyAppear()
    {
        var result = Recognize("京A12345 明天上午 13812345678");
        Assert.Equal([0, 8, 13], result.Entities.Select(e => e.Start));
    }

    [Theory]
    [InlineData("人工", Intents.Human, 1.0)]
    [InlineData("我想预约保养", Intents.Book, 0.85)]
    [InlineData("您好，请问一下", Intents.Greeting, 0.6)]
    public void ScoresExactCommandsAboveKeywordsAboveGreetingOpeners(string text, string intent, double score)
    {
        var result = Recognize(text);
        Assert.Equal(intent, result.Intent);
        Assert.Equal(score, result.Score, 3);
    }
}
