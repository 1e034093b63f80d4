using ContactHub.Channels.Sms;

namespace ContactHub.Channels.Tests.Sms;

public sealed class E164NumberTests
{
    [Theory]
    [InlineData("13812345678", "+8613812345678")]
    [InlineData("8613812345678", "+8613812345678")]
    [InlineData("+86 138 1234 5678", "+8613812345678")]
    [InlineData("+86-138-1234-5678", "+8613812345678")]
    [InlineData("008613812345678", "+8613812345678")]
    [InlineData(" 0086 199 0000 1111 ", "+8619900001111")]
    [InlineData("+8613812345678", "+8613812345678")]
    [InlineData("+14158675309", "+14158675309")]
    [InlineData("+1 (415) 867-5309", "+14158675309")]
    [InlineData("+447700900123", "+447700900123")]
    public void NormalisesToE164(string raw, string expected)
    {
        Assert.True(E164Number.TryParse(raw, out var number));
        Assert.Equal(expected, number.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("138-1234-567x")]
    [InlineData("12812345678")]
    [InlineData("4158675309")]
    [InlineData("+")]
    [InlineData("+0123456789")]
    [InlineData("+1234567")]
    [InlineData("+1234567890123456")]
    [InlineData("whatsapp:+14158675309")]
    public void RejectsWhatIsNotAPhoneNumber(string? raw) =>
        Assert.False(E164Number.TryParse(raw, out _));

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("+14158675309", false)]
    public void KnowsMainlandChinaNumbers(string raw, bool expected)
    {
        Assert.True(E164Number.TryParse(raw, out var number));
        Assert.Equal(expected, number.IsChinaMainland);
    }
}
