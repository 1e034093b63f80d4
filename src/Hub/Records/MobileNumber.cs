using System.Text.RegularExpressions;
using ContactHub.Dialogs.Recognition;

namespace ContactHub.Hub.Records;

/// <summary>Mobiles are kept in E.164. A bare 11-digit number starting with 1 is a mainland Chinese mobile (+86).</summary>
public static partial class MobileNumber
{
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var digits = Separators().Replace(input.Trim(), "");
        if (ChineseMobile().IsMatch(digits))
        {
            digits = "+86" + digits;
        }
        else if (digits.StartsWith("0086", StringComparison.Ordinal))
        {
            digits = "+" + digits[2..];
        }

        return E164().IsMatch(digits) ? digits : null;
    }

    [GeneratedRegex(@"[\s\-().·]", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^1[3-9]\d{9}$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex ChineseMobile();

    [GeneratedRegex(@"^\+[1-9]\d{6,14}$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex E164();
}
