using ContactHub.Dialogs.Recognition;

namespace ContactHub.Dialogs.Tests.Recognition;

public sealed class ChineseNumberTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("三十五", 35)]
    [InlineData("一百", 100)]
    [InlineData("一百零五", 105)]
    [InlineData("一百一十", 110)]
    [InlineData("一百五", 150)]
    [InlineData("两百", 200)]
    [InlineData("两千", 2000)]
    [InlineData("两千五", 2500)]
    [InlineData("两千零二十六", 2026)]
    [InlineData("一千零一", 1001)]
    [InlineData("一万", 10000)]
    [InlineData("十万", 100000)]
    [InlineData("三万五", 35000)]
    [InlineData("一万零五百", 10500)]
    [InlineData("一亿五千万", 150000000)]
    [InlineData("二零二六", 2026)]
    [InlineData("零", 0)]
    [InlineData("壹佰贰拾", 120)]
    [InlineData("3万", 30000)]
    [InlineData("1.5万", 15000)]
    [InlineData("35", 35)]
    [InlineData("负五", -5)]
    public void ReadsIntegers(string text, long expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("三点五", "3.5")]
    [InlineData("零点二五", "0.25")]
    [InlineData("十二点零五", "12.05")]
    [InlineData("3.5", "3.5")]
    public void ReadsDecimals(string text, string expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("万")]
    [InlineData("百")]
    [InlineData("十百")]
    [InlineData("三五十")]
    [InlineData("一零百")]
    [InlineData("保养")]
    [InlineData("三十五公里")]
    [InlineData("三点五点")]
    public void RejectsWhatIsNotANumeral(string text) => Assert.False(ChineseNumber.TryParse(text, out _));
}
