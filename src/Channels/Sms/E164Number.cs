using System.Diagnostics.CodeAnalysis;

namespace ContactHub.Channels.Sms;

/// <summary>
/// A phone number in E.164 form (+ country code + subscriber number, at most 15 digits), the SMS conversation key.
/// Chinese mobiles arrive in every local spelling (13812345678, 8613812345678, 0086…, +86 138 1234 5678); all of them
/// become +8613812345678 so the same owner is one customer whatever the CRM or the carrier wrote.
/// </summary>
public readonly record struct E164Number
{
    private const int MinDigits = 8;
    private const int MaxDigits = 15;

    private E164Number(string value) => Value = value;

    public string Value { get; }

    public bool IsChinaMainland => Value.StartsWith("+86", StringComparison.Ordinal);

    public static bool TryParse([NotNullWhen(true)] string? raw, out E164Number number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        var compact = Compact(raw, out var hasPlus);
        if (compact is null)
        {
            return false;
        }

        if (!hasPlus && compact.StartsWith("00", StringComparison.Ordinal))
        {
            (compact, hasPlus) = (compact[2..], true);
        }

        if (!hasPlus && IsChineseMobile(compact))
        {
            compact = "86" + compact;
        }
        else if (!hasPlus && compact.Length == 13 && compact.StartsWith("86", StringComparison.Ordinal) && IsChineseMobile(compact[2..]))
        {
            hasPlus = true;
        }
        else if (!hasPlus)
        {
            return false; // a national number of another country is ambiguous without its country code
        }

        if (compact.Length is < MinDigits or > MaxDigits || compact[0] == '0')
        {
            return false;
        }

        number = new E164Number("+" + compact);
        return true;
    }

    public override string ToString() => Value;

    // Digits only, with separators people type (space, dash, dot, brackets) removed; null when anything else appears.
    private static string? Compact(string raw, out bool hasPlus)
    {
        var trimmed = raw.Trim();
        hasPlus = trimmed.StartsWith('+');
        var digits = new char[trimmed.Length];
        var count = 0;
        foreach (var c in hasPlus ? trimmed.AsSpan(1) : trimmed.AsSpan())
        {
            if (char.IsAsciiDigit(c))
            {
                digits[count++] = c;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return null;
            }
        }

        return count == 0 ? null : new string(digits, 0, count);
    }

    // Mainland mobiles: 11 digits, 1 then 3–9 (13x…19x).
    private static bool IsChineseMobile(string digits) =>
        digits.Length == 11 && digits[0] == '1' && digits[1] is >= '3' and <= '9';
}
