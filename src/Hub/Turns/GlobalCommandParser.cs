using System.Collections.Frozen;

namespace ContactHub.Hub.Turns;

/// <summary>
/// Words that mean the same thing wherever the customer is in a dialog. Only a whole message counts
/// ("取消" cancels; "取消预约" is a request for the booking dialog), after trimming punctuation and case.
/// </summary>
public static class GlobalCommandParser
{
    private static readonly FrozenDictionary<string, GlobalCommand> Words = new Dictionary<string, GlobalCommand>(StringComparer.OrdinalIgnoreCase)
    {
        ["菜单"] = GlobalCommand.Menu,
        ["主菜单"] = GlobalCommand.Menu,
        ["menu"] = GlobalCommand.Menu,
        ["main menu"] = GlobalCommand.Menu,
        ["取消"] = GlobalCommand.Cancel,
        ["算了"] = GlobalCommand.Cancel,
        ["cancel"] = GlobalCommand.Cancel,
        ["quit"] = GlobalCommand.Cancel,
        ["帮助"] = GlobalCommand.Help,
        ["help"] = GlobalCommand.Help,
        ["人工"] = GlobalCommand.Agent,
        ["转人工"] = GlobalCommand.Agent,
        ["人工客服"] = GlobalCommand.Agent,
        ["客服"] = GlobalCommand.Agent,
        ["agent"] = GlobalCommand.Agent,
        ["human"] = GlobalCommand.Agent,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly char[] Trim = [' ', '\t', '\r', '\n', '。', '！', '!', '？', '?', '.', '，', ',', '~', '～'];

    public static GlobalCommand Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 16)
        {
            return GlobalCommand.None;
        }

        return Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan().Trim(Trim), out var command)
            ? command
            : GlobalCommand.None;
    }
}
