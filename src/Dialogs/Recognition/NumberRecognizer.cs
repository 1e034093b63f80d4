using System.Globalization;
using System.Text.RegularExpressions;

namespace ContactHub.Dialogs.Recognition;

/// <summary>Finds the first number in a message: "35", "3.5", "2,000", "3万", "三十五", "大概两千零二十六公里".</summary>
public static partial class NumberRecognizer
{
    public static decimal? Recognize(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        foreach (var match in NumberToken().EnumerateMatches(normalized))
        {
            if (TryRead(normalized.AsSpan(match.Index, match.Length), out var value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Reads one token of <see cref="NumberToken"/>: Arabic (with thousands separators) or Chinese.</summary>
    internal static bool TryRead(ReadOnlySpan<char> token, out decimal value)
    {
        if (token.Contains(','))
        {
            token = token.ToString().Replace(",", "", StringComparison.Ordinal);
        }

        return decimal.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            || ChineseNumber.TryParse(token, out value);
    }

    // Arabic digits (with thousands separators and an optional trailing Chinese unit, 3万), or a run of Chinese numeral characters.
    [GeneratedRegex(@"-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?[十百千万亿]?|负?[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+(?:点[零〇一二三四五六七八九]+)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    internal static partial Regex NumberToken();
}
