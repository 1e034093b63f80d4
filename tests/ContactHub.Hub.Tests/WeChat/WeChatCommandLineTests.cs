using ContactHub.Hub.WeChat;

namespace ContactHub.Hub.Tests.WeChat;

public sealed class WeChatCommandLineTests
{
    [Fact]
    public void PublishMenuIsACommandAndItsWordsLeaveTheHostArguments()
    {
        var command = WeChatCommandLine.Parse(["wechat", "publish-menu", "--WeChat:AppId=wx1"]);

        Assert.True(command.PublishMenu);
        Assert.Null(command.Error);
        Assert.Equal(["--WeChat:AppId=wx1"], command.HostArgs);
    }

    [Fact]
    public void AnUnknownWeChatCommandIsAUsageError()
    {
        var command = WeChatCommandLine.Parse(["wechat", "publish-menus"]);

        Assert.True(command.IsCommand);
        Assert.False(command.PublishMenu);
        Assert.Equal(WeChatCommandLine.Usage, command.Error);
    }

    [Fact]
    public void OtherArgumentsStartTheHub() => Assert.False(WeChatCommandLine.Parse(["--urls", "http://localhost:5080"]).IsCommand);
}
