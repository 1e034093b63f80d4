using ContactHub.Channels.WeChat;

namespace ContactHub.Channels.Tests.WeChat;

/// <summary>The custom menu body and WeChat's documented limits (reference §1.12), checked before anything is sent.</summary>
public sealed class WeChatMenuTests
{
    private static readonly string[] Keys = ["BOOK_SERVICE", "STORE_INFO"];

    [Fact]
    public void RendersTheReferenceShapeWithClickViewAndSubButtons()
    {
        var more = new WeChatMenuButton { Name = "更多" };
        more.SubButtons.Add(new WeChatMenuButton { Name = "官网", Url = "https://dealer.example.com/" });
        more.SubButtons.Add(new WeChatMenuButton { Name = "门店信息", Key = "STORE_INFO" });

        var json = WeChatMenu.ToJson([new WeChatMenuButton { Name = "预约保养", Key = "BOOK_SERVICE" }, more]);

        Assert.Equal(
            """{"button":[{"name":"预约保养","type":"click","key":"BOOK_SERVICE"},{"name":"更多","sub_button":[{"name":"官网","type":"view","url":"https://dealer.example.com/"},{"name":"门店信息","type":"click","key":"STORE_INFO"}]}]}""",
            json);
    }

    [Fact]
    public void AValidMenuHasNoProblems() =>
        Assert.Empty(WeChatMenu.Problems([new WeChatMenuButton { Name = "预约保养", Key = "BOOK_SERVICE" }], Keys));

    [Fact]
    public void NoButtonsAndFourButtonsAreRefused()
    {
        Assert.Contains("1 to 3", Assert.Single(WeChatMenu.Problems([], Keys)), StringComparison.Ordinal);
        var four = Enumerable.Range(0, 4).Select(_ => new WeChatMenuButton { Name = "门店", Key = "STORE_INFO" }).ToList();
        Assert.Contains("4 buttons", Assert.Single(WeChatMenu.Problems(four, Keys)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("预约保养", true)]
    [InlineData("预约保养服", true)] // 5 Chinese characters are 15 bytes: still inside the 16-byte top-level limit
    [InlineData("预约保养服务", false)]
    [InlineData("", false)]
    public void TopLevelNamesAreLimitedTo16Bytes(string name, bool fits)
    {
        var problems = WeChatMenu.Problems([new WeChatMenuButton { Name = name, Key = "BOOK_SERVICE" }], Keys);

        Assert.Equal(fits, problems.Count == 0);
    }

    [Fact]
    public void SixSubButtonsAThirdLevelAndAButtonWithBothKeyAndUrlAreEachNamed()
    {
        var top = new WeChatMenuButton { Name = "更多" };
        for (var i = 0; i < 6; i++)
        {
            top.SubButtons.Add(new WeChatMenuButton { Name = $"门店{i}", Key = "STORE_INFO" });
        }

        top.SubButtons[0].SubButtons.Add(new WeChatMenuButton { Name = "三级", Key = "STORE_INFO" });
        top.SubButtons[1].Url = "https://dealer.example.com/";

        var problems = WeChatMenu.Problems([top], Keys);

        Assert.Contains(problems, p => p.Contains("6 sub-buttons", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("two levels", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("SubButtons:1", StringComparison.Ordinal) && p.Contains("not both", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("UNKNOWN_KEY", null, "WeChat:MenuKeys")]
    [InlineData(null, "ftp://dealer.example.com/", "http(s)")]
    [InlineData(null, "/care", "http(s)")]
    [InlineData(null, null, "either a Key")]
    public void AClickKeyNoDialogAnswersOrABadUrlIsRefused(string? key, string? url, string expected)
    {
        var problems = WeChatMenu.Problems([new WeChatMenuButton { Name = "预约", Key = key, Url = url }], Keys);

        Assert.Contains(expected, Assert.Single(problems), StringComparison.Ordinal);
    }
}
