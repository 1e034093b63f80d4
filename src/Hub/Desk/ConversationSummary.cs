using ContactHub.Hub.Records;
using ContactHub.Hub.Turns;

namespace ContactHub.Hub.Desk;

/// <summary>
/// The queue's one-line summary, by rule: the customer's last few messages that were not commands, newest last,
/// flagged when they mention a complaint or an appointment. AI summaries can replace this later (DESIGN, Natural language).
/// </summary>
public static class ConversationSummary
{
    private const int MaxLength = 160;

    private static readonly (string Flag, string[] Words)[] Topics =
    [
        ("[投诉/complaint] ", ["投诉", "不满", "差评", "complain", "angry"]),
        ("[预约/appointment] ", ["预约", "保养", "维修", "book", "service", "repair"]),
    ];

    public static string Build(IEnumerable<TranscriptEntry> transcript, string? current)
    {
        var said = transcript
            .Where(t => t.Direction == TranscriptDirection.Inbound && !string.IsNullOrWhiteSpace(t.Text))
            .Select(t => t.Text!.Trim())
            .Append(current?.Trim() ?? "")
            .Where(t => t.Length > 0 && GlobalCommandParser.Parse(t) == GlobalCommand.None)
            .TakeLast(3)
            .ToList();
        if (said.Count == 0)
        {
            return "";
        }

        var text = string.Join(" / ", said);
        var flag = Topics.FirstOrDefault(t => t.Words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase))).Flag ?? "";
        var summary = flag + text;
        return summary.Length <= MaxLength ? summary : summary[..(MaxLength - 1)] + "…";
    }
}
