using ContactHub.Hub.Turns;

namespace ContactHub.Hub.Tests.Turns;

public sealed class GlobalCommandParserTests
{
    [Theory]
    [InlineData("菜单", GlobalCommand.Menu)]
    [InlineData(" Menu ", GlobalCommand.Menu)]
    [InlineData("取消", GlobalCommand.Cancel)]
    [InlineData("取消。", GlobalCommand.Cancel)]
    [InlineData("CANCEL", GlobalCommand.Cancel)]
    [InlineData("quit", GlobalCommand.Cancel)]
    [InlineData("帮助", GlobalCommand.Help)]
    [InlineData("help?", GlobalCommand.Help)]
    [InlineData("人工", GlobalCommand.Agent)]
    [InlineData("转人工！", GlobalCommand.Agent)]
    [InlineData("客服", GlobalCommand.Agent)]
    [InlineData("agent", GlobalCommand.Agent)]
    [InlineData("human", GlobalCommand.Agent)]
    public void RecognisesAWholeMessageCommand(string text, GlobalCommand expected) =>
        Assert.Equal(expected, GlobalCommandParser.Parse(text));

    [Theory]
    [InlineData("取消预约")]
    [InlineData("我想取消明天的保养")]
    [InlineData("menu please show me everything you have")]
    [InlineData("")]
    [InlineData(null)]
    public void LeavesOtherMessagesToTheDialogs(string? text) =>
        Assert.Equal(GlobalCommand.None, GlobalCommandParser.Parse(text));
}
