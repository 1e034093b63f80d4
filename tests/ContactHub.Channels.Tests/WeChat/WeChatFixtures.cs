using ContactHub.Channels.WeChat;

namespace ContactHub.Channels.Tests.WeChat;

/// <summary>Payloads copied from shared/reference/channel-protocols.md §1 into Fixtures/WeChat/.</summary>
internal static class WeChatFixtures
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "WeChat", name));

    public static Stream Open(string name) =>
        File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "WeChat", name));

    public static WeChatXmlMessage Parse(string name)
    {
        var result = WeChatXml.Parse(Read(name));
        Assert.True(result.IsSuccess, result.Reason);
        return result.Message;
    }
}
