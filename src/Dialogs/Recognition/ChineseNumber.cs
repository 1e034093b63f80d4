using System.Globalization;

namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// Reads a Chinese numeral: 三十五, 两千, 十二, 一百零五, 两千零二十六, 三万五 (=35000), 一百五 (=150), 三点五,
/// 负五, unit-less digit strings such as 二零二六, financial forms (壹佰贰拾), and Arabic digits with units (3万, 1.5千).
/// Pure and allocation-free.
/// </summary>
public static class ChineseNumber
{
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        text = text.Trim();
        var negative = text.Length > 0 && text[0] is '负' or '-';
        if (negative)
        {
            text = text[1..];
        }

        var point = text.IndexOf('点');
        var fraction = point >= 0 ? text[(point + 1)..] : default;
        var integer = point >= 0 ? text[..point] : text;
        if (!TryParseInteger(integer, out var whole) || !TryParseFraction(fraction, out var part))
        {
            return false;
        }

        value = negative ? -(whole + part) : whole + part;
        return true;
    }

    internal static bool TryDigit(char c, out int digit)
    {
        digit = c switch
        {
            '零' or '〇' => 0,
            '一' or '壹' or '幺' => 1,
            '二' or '两' or '贰' => 2,
            '三' or '叁' => 3,
            '四' or '肆' => 4,
            '五' or '伍' => 5,
            '六' or '陆' => 6,
            '七' or '柒' => 7,
            '八' or '捌' => 8,
            '九' or '玖' => 9,
            >= '0' and <= '9' => c - '0',
            _ => -1,
        };
        return digit >= 0;
    }

    internal static decimal Unit(char c) => c switch
    {
        '十' or '拾' => 10m,
        '百' or '佰' => 100m,
        '千' or '仟' => 1_000m,
        '万' => 10_000m,
        '亿' => 100_000_000m,
        _ => 0m,
    };

    private static bool TryParseInteger(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        if (!text.ContainsAny(ChineseNumberUnits.All))
        {
            return TryParsePositional(text, out value);
        }

        return new ChineseNumberUnits().TryRead(text, out value);
    }

    /// <summary>二零二六 = 2026 and 35 = 35: digits read left to right with no units.</summary>
    private static bool TryParsePositional(ReadOnlySpan<char> text, out decimal value)
    {
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        value = 0;
        foreach (var c in text)
        {
            if (!TryDigit(c, out var digit))
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static bool TryParseFraction(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var scale = 0.1m;
        foreach (var c in text)
        {
            if (!TryDigit(c, out var digit))
            {
                return false;
            }

            value += digit * scale;
            scale /= 10;
        }

        return true;
    }
}
