using ContactHub.Channels.Sms;

namespace ContactHub.Channels.Tests.Sms;

public sealed class SmsSegmentsTests
{
    // §2.6: GSM-7 160 single / 153 per part; UCS-2 70 / 67; extension chars ^{}\[~]|€ cost 2 septets.
    [Theory]
    [InlineData("", SmsEncoding.Gsm7, 0, 0)]
    [InlineData("Hello", SmsEncoding.Gsm7, 5, 1)]
    [InlineData("Ä@£$¥èé_Ω§¿", SmsEncoding.Gsm7, 11, 1)]
    [InlineData("€", SmsEncoding.Gsm7, 2, 1)]
    [InlineData("[x]", SmsEncoding.Gsm7, 5, 1)]
    [InlineData("你好", SmsEncoding.Ucs2, 2, 1)]
    [InlineData("Hi 😀", SmsEncoding.Ucs2, 5, 1)]
    [InlineData("ç", SmsEncoding.Ucs2, 1, 1)]
    [InlineData("Price: 100…", SmsEncoding.Ucs2, 11, 1)]
    public void CountsUnitsAndEncoding(string text, SmsEncoding encoding, int units, int segments) =>
        Assert.Equal(new SmsSegmentCount(encoding, units, segments), SmsSegments.Count(text));

    [Theory]
    [InlineData('a', 160, 1)]
    [InlineData('a', 161, 2)]
    [InlineData('a', 306, 2)]
    [InlineData('a', 307, 3)]
    [InlineData('好', 70, 1)]
    [InlineData('好', 71, 2)]
    [InlineData('好', 134, 2)]
    [InlineData('好', 135, 3)]
    public void CountsSegmentsAtTheLimits(char c, int length, int segments) =>
        Assert.Equal(segments, SmsSegments.Count(new string(c, length)).Segments);

    [Theory]
    [InlineData(80, 1)]
    [InlineData(81, 2)]
    public void CountsExtensionCharactersAsTwoSeptets(int euros, int segments) =>
        Assert.Equal(segments, SmsSegments.Count(new string('€', euros)).Segments);

    [Fact]
    public void NeverSplitsAnExtensionCharacterAcrossParts()
    {
        // 306 septets would be 2 × 153, but the euro (2 septets) cannot start at septet 153 of part one, so it opens part two.
        var text = new string('a', 152) + "€" + new string('a', 152);
        Assert.Equal(new SmsSegmentCount(SmsEncoding.Gsm7, 306, 3), SmsSegments.Count(text));
    }

    [Fact]
    public void CountsSurrogatePairsAsTwoUnitsAndKeepsThemWhole()
    {
        Assert.Equal(1, SmsSegments.Count(string.Concat(Enumerable.Repeat("😀", 35))).Segments);
        Assert.Equal(2, SmsSegments.Count(string.Concat(Enumerable.Repeat("😀", 36))).Segments);

        // 134 units would be 2 × 67, but the pair cannot straddle parts one and two, so it opens part two.
        var text = new string('好', 66) + "😀" + new string('好', 66);
        Assert.Equal(new SmsSegmentCount(SmsEncoding.Ucs2, 134, 3), SmsSegments.Count(text));
    }

    [Fact]
    public void OneChineseCharacterMakesTheWholeMessageUcs2()
    {
        var text = new string('a', 100) + "好";
        Assert.Equal(new SmsSegmentCount(SmsEncoding.Ucs2, 101, 2), SmsSegments.Count(text));
    }
}
