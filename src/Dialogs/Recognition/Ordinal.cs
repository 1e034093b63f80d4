using System.Collections.Frozen;

namespace ContactHub.Dialogs.Recognition;

/// <summary>A position in a list: "1", "第一个", "第1个", "一", "二", "first", "the second one", "3rd".</summary>
public static class Ordinal
{
    private static readonly FrozenDictionary<string, int> EnglishWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5,
        ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4, ["5th"] = 5,
        ["6th"] = 6, ["7th"] = 7, ["8th"] = 8, ["9th"] = 9, ["10th"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Reads an already normalized text (see <see cref="TextNormalizer"/>) as a one-based position.</summary>
    public static bool TryParse(string normalized, out int position)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return TryParseEnglish(normalized, out position) || TryParseChinese(normalized, out position);
    }

    private static bool TryParseEnglish(string text, out int position)
    {
        var core = text.AsSpan();
        core = core.StartsWith("the ", StringComparison.Ordinal) ? core[4..] : core;
        core = core.EndsWith(" one", StringComparison.Ordinal) ? core[..^4] : core;
        core = core.EndsWith(" option", StringComparison.Ordinal) ? core[..^7] : core;
        return EnglishWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(core, out position);
    }

    private static bool TryParseChinese(string text, out int position)
    {
        position = 0;
        var core = text.AsSpan();
        core = core.StartsWith('第') ? core[1..] : core;
        core = core.EndsWith('个') || core.EndsWith('项') || core.EndsWith('条') || core.EndsWith('号') ? core[..^1] : core;
        if (core.IsEmpty || core.Contains('点') || core.Contains('.') || !ChineseNumber.TryParse(core, out var value)
            || value < 1 || value > 100 || value != decimal.Truncate(value))
        {
            return false;
        }

        position = (int)value;
        return true;
    }
}
