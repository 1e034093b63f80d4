using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;

namespace ContactHub.Dialogs.Tests.Dealership;

public sealed class ComplaintClassifierTests
{
    [Theory]
    [InlineData("前台态度差，还骂人", ComplaintCategory.Attitude)]
    [InlineData("销售态度差", ComplaintCategory.Attitude)]
    [InlineData("车又坏了", ComplaintCategory.RepairQuality)]
    [InlineData("底盘异响", ComplaintCategory.RepairQuality)]
    [InlineData("怀疑给我换的是假货", ComplaintCategory.Parts)]
    [InlineData("保养乱收费", ComplaintCategory.Price)]
    [InlineData("工时费太贵了", ComplaintCategory.Price)]
    [InlineData("购车时承诺的优惠没兑现", ComplaintCategory.Sales)]
    [InlineData("等了两个小时没人管", ComplaintCategory.ServiceQuality)]
    [InlineData("The advisor was rude to me", ComplaintCategory.Attitude)]
    [InlineData("I was overcharged for an oil change", ComplaintCategory.Price)]
    [InlineData("停车场太小了", ComplaintCategory.Other)]
    public void ReadsTheCategoryFromKeywords(string description, ComplaintCategory expected) =>
        Assert.Equal(expected, ComplaintClassifier.Classify(description).Category);

    [Theory]
    [InlineData("刹车失灵", ComplaintSeverity.Critical)]
    [InlineData("发动机舱起火了", ComplaintSeverity.Critical)]
    [InlineData("孩子被车门夹受伤", ComplaintSeverity.Critical)]
    [InlineData("不解决我就打12315", ComplaintSeverity.Major)]
    [InlineData("我要找媒体曝光", ComplaintSeverity.Major)]
    [InlineData("已经联系律师了", ComplaintSeverity.Major)]
    [InlineData("我要投诉到厂家，刹车失灵", ComplaintSeverity.Critical)]
    [InlineData("洗车没洗干净", ComplaintSeverity.Normal)]
    [InlineData("My brakes failed on the highway", ComplaintSeverity.Critical)]
    public void ReadsTheSeverityFromSafetyAndEscalationWords(string description, ComplaintSeverity expected) =>
        Assert.Equal(expected, ComplaintClassifier.Classify(description).Severity);
}
