using ContactHub.Dialogs.Recognition;

namespace ContactHub.Dialogs.Tests.Recognition;

public sealed class VinRecognizerTests
{
    // Check digits computed independently (ISO 3779 weights); 1M8GDM9AXKP042788 is the textbook example with check digit X.
    [Theory]
    [InlineData("1M8GDM9AXKP042788")]
    [InlineData("1HGCM82633A004352")]
    [InlineData("LSVAU218XN2183294")]
    [InlineData("LFV2A21K5G3045678")]
    [InlineData("LVSHCAMB7CE012345")]
    [InlineData("WVWZZZ3C4JE123456")]
    public void AcceptsVinsWithAValidCheckDigit(string vin) => Assert.True(VinRecognizer.IsValid(vin));

    [Theory]
    [InlineData("LFV2A21K6G3045678")]
    [InlineData("1M8GDM9A1KP042788")]
    [InlineData("1HGCM82633A00435")]
    [InlineData("1HGCM82633A0043520")]
    [InlineData("IHGCM82633A004352")]
    [InlineData("1HGCM82633A0O4352")]
    [InlineData("1HGCM82633Q004352")]
    public void RejectsWrongCheckDigitsLengthsAndTheLettersIOAndQ(string vin) => Assert.False(VinRecognizer.IsValid(vin));

    [Fact]
    public void FindsALowerCaseVinInASentenceAndReportsItUpperCaseWithItsSpan()
    {
        var found = Assert.Single(EntityFinder.Find(new VinRecognizer(), "车架号是 lsvau218xn2183294 谢谢"));
        Assert.Equal("LSVAU218XN2183294", found.Value);
        Assert.Equal("lsvau218xn2183294", found.Text);
        Assert.Equal(5, found.Start);
        Assert.Equal(17, found.Length);
    }

    [Fact]
    public void IgnoresAMistypedVin() => Assert.Empty(EntityFinder.Find(new VinRecognizer(), "车架号LFV2A21K6G3045678"));

    [Fact]
    public void DoesNotCutAVinOutOfALongerCode() => Assert.Empty(EntityFinder.Find(new VinRecognizer(), "X1HGCM82633A004352"));
}
