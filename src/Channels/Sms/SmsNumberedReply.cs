using System.Globalization;

namespace ContactHub.Channels.Sms;

/// <summary>
/// SMS has no buttons, so suggested actions are offered as numbers ("回复 1 预约 / 2 稍后提醒") and a reply of just
/// the number ("1", full-width "１", "回复1", "reply 1") is read back as the action the owner would have tapped.
/// The Hub keeps the last actions it sent to the conversation and passes them in.
/// </summary>
public static class SmsNumberedReply
{
    private static readonly string[] Prefixes = ["回复", "reply"];

    /// <summary>The numbered line, or null when there is nothing to choose from.</summary>
    public static string? Menu(SuggestedActions? actions, string? locale)
    {
        if (actions is null || actions.Actions.Count == 0)
        {
            return null;
        }

        var items = string.Join(" / ", actions.Actions.Select((a, i) => $"{(i + 1).ToString(CultureInfo.InvariantCulture)} {a.Title}"));
        return SmsOptOut.IsChinese(locale) ? $"回复 {items}" : $"Reply {items}";
    }

    /// <summary>The chosen action's reply text, or null when <paramref name="text"/> is not a number in range.</summary>
    public static string? Resolve(string? text, IReadOnlyList<CardAction>? lastActions) =>
        lastActions is { Count: > 0 } && ChosenNumber(text) is { } n && n >= 1 && n <= lastActions.Count
            ? lastActions[n - 1].ReplyText()
            : null;

    /// <summary>The number <paramref name="text"/> consists of ("1", "１", "回复1", "reply 1"), or null when it is anything else.</summary>
    public static int? ChosenNumber(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var choice = StripPrefix(text.Normalize(System.Text.NormalizationForm.FormKC).Trim()).TrimEnd('.', '。');
        return int.TryParse(choice, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static string StripPrefix(string text)
    {
        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return text[prefix.Length..].TrimStart();
            }
        }

        return text;
    }
}
