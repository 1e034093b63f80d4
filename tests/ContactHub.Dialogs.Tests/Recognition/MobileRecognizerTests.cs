using ContactHub.Dialogs.Recognition;

namespace ContactHub.Dialogs.Tests.Recognition;

public sealed class MobileRecognizerTests
{
    [Theory]
    [InlineData("13812345678", "+8613812345678")]
    [InlineData("138 1234 5678", "+8613812345678")]
    [InlineData("138-1234-5678", "+8613812345678")]
    [InlineData("+8613912345678", "+8613912345678")]
    [InlineData("+86 139 1234 5678", "+8613912345678")]
    [InlineData("008615012345678", "+8615012345678")]
    [InlineData("8619912345678", "+8619912345678")]
    [InlineData("我的手机是１５９１２３４５６７８", "+8615912345678")]
    public void NormalisesMainlandMobilesToE164(string text, string e164) =>
        Assert.Equal(e164, EntityFinder.Single(new MobileRecognizer(), text));

    [Theory]
    [InlineData("12812345678")]
    [InlineData("1381234567")]
    [InlineData("138123456789")]
    [InlineData("010-12345678")]
    [InlineData("TS-20261127-0001")]
    public void RejectsNumbersThatAreNotMobiles(string text) => Assert.Empty(EntityFinder.Find(new MobileRecognizer(), text));
}
