using ContactHub.Channels.WebChat;

namespace ContactHub.Channels.Tests.WebChat;

public sealed class DirectLineWatermarkTests
{
    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    [InlineData("0", 0)]
    [InlineData("42", 42)]
    public void ParsesWhatItIssues(string? text, long sequence)
    {
        Assert.True(DirectLineWatermark.TryParse(text, out var watermark));
        Assert.Equal(sequence, watermark.Sequence);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0001a-95")]
    [InlineData(" 3")]
    public void RefusesWhatItNeverIssues(string text)
    {
        Assert.False(DirectLineWatermark.TryParse(text, out _));
    }

    [Fact]
    public void ActivityIdIsConversationPipeSevenDigitSequence()
    {
        Assert.Equal("abc|0000012", new DirectLineWatermark(12).ActivityId("abc"));
        Assert.Equal("12", new DirectLineWatermark(12).ToString());
    }
}
