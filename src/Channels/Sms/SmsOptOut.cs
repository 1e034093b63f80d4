using System.Collections.Frozen;

namespace ContactHub.Channels.Sms;

/// <summary>
/// STOP/START/HELP keywords, Twilio's (§2.5) plus the Chinese ones Chinese carriers train owners to send (退订, TD, T),
/// and the opt-out line every marketing SMS ends with (issue #5). A keyword is the whole message, trimmed and
/// case-insensitive: "stop texting me" is a sentence, not a keyword.
/// </summary>
public static class SmsOptOut
{
    public const string FooterZh = "回复TD退订";
    public const string FooterEn = "Reply STOP to opt out";

    private static readonly FrozenDictionary<string, SmsKeyword> Keywords = new Dictionary<string, SmsKeyword>(StringComparer.OrdinalIgnoreCase)
    {
        ["STOP"] = SmsKeyword.OptOut,
        ["UNSUBSCRIBE"] = SmsKeyword.OptOut,
        ["END"] = SmsKeyword.OptOut,
        ["QUIT"] = SmsKeyword.OptOut,
        ["STOPALL"] = SmsKeyword.OptOut,
        ["REVOKE"] = SmsKeyword.OptOut,
        ["OPTOUT"] = SmsKeyword.OptOut,
        ["CANCEL"] = SmsKeyword.OptOut,
        ["退订"] = SmsKeyword.OptOut,
        ["TD"] = SmsKeyword.OptOut,
        ["T"] = SmsKeyword.OptOut,
        ["START"] = SmsKeyword.OptIn,
        ["YES"] = SmsKeyword.OptIn,
        ["UNSTOP"] = SmsKeyword.OptIn,
        ["HELP"] = SmsKeyword.Help,
        ["帮助"] = SmsKeyword.Help,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static SmsKeyword Classify(string? text)
    {
        var trimmed = text?.Trim();
        return trimmed is { Length: > 0 } && Keywords.TryGetValue(trimmed, out var keyword) ? keyword : SmsKeyword.None;
    }

    public static string Footer(string? locale) => IsChinese(locale) ? FooterZh : FooterEn;

    /// <summary>The marketing text with its opt-out line, once, on its own line.</summary>
    public static string WithFooter(string text, string? locale)
    {
        ArgumentNullException.ThrowIfNull(text);
        var footer = Footer(locale);
        return text.TrimEnd().EndsWith(footer, StringComparison.Ordinal) ? text : $"{text.TrimEnd()}\n{footer}";
    }

    // zh-CN is the hub's default language (DESIGN.md), so no locale means Chinese.
    internal static bool IsChinese(string? locale) =>
        string.IsNullOrEmpty(locale) || locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
