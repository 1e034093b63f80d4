using ContactHub.Dialogs.Recognition;

namespace ContactHub.Dialogs.Tests.Recognition;

public sealed class PlateRecognizerTests
{
    [Theory]
    [InlineData("京A12345", "京A12345")]
    [InlineData("京a12345", "京A12345")]
    [InlineData("粤B·D12345", "粤BD12345")]
    [InlineData("粤BD12345", "粤BD12345")]
    [InlineData("粤B12345F", "粤B12345F")]
    [InlineData("沪A·12345", "沪A12345")]
    [InlineData("浙A·8B7C6", "浙A8B7C6")]
    [InlineData("苏E-1234学", "苏E1234学")]
    [InlineData("我的车是川A88888，约保养", "川A88888")]
    [InlineData("京Ａ１２３４５", "京A12345")]
    public void ReadsOrdinaryNewEnergyAndDottedPlates(string text, string plate) =>
        Assert.Equal(plate, EntityFinder.Single(new PlateRecognizer(), text));

    [Theory]
    [InlineData("京I12345")]
    [InlineData("京A1234")]
    [InlineData("京A1234567")]
    [InlineData("A12345")]
    [InlineData("美A12345")]
    [InlineData("粤BA12345")]
    public void RejectsWhatIsNotAPlate(string text) => Assert.Empty(EntityFinder.Find(new PlateRecognizer(), text));

    [Fact]
    public void ReportsThePlateAsTypedWithItsSpan()
    {
        var found = Assert.Single(EntityFinder.Find(new PlateRecognizer(), "车牌 粤B·D12345"));
        Assert.Equal("粤B·D12345", found.Text);
        Assert.Equal(3, found.Start);
        Assert.Equal(9, found.Length);
    }
}
