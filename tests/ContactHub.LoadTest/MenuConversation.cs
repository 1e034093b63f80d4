namespace ContactHub.LoadTest;

/// <summary>
/// A conversation that reads no records: greeting, the store's information, help, the menu, thanks. It measures the
/// turn path itself (channel, Redis state, dialogs, transcript, reply) apart from the booking's database work.
/// </summary>
public static class MenuConversation
{
    public const string Name = "menu";

    public static string[] Next() => ["你好", "门店信息", "帮助", "菜单", "门店信息", "谢谢"];
}
