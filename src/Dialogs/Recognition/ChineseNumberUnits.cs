using System.Buffers;
using System.Globalization;

namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// The section-and-unit reading of a Chinese numeral (十/百/千 inside a section, 万/亿 closing one), kept as a small
/// state machine so <see cref="ChineseNumber"/> stays readable.
/// </summary>
internal struct ChineseNumberUnits
{
    public static readonly SearchValues<char> All = SearchValues.Create("十拾百佰千仟万亿");

    private decimal _total;
    private decimal _section;
    private decimal _number;
    private bool _hasNumber;
    private bool _zeroSinceUnit;
    private decimal _lastUnit;

    public bool TryRead(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ok = char.IsAsciiDigit(text[i]) ? ReadArabic(text, ref i) : Read(text[i]);
            if (!ok)
            {
                return false;
            }
        }

        // 一百五 = 150, 两千五 = 2500, 三万五 = 35000: a bare digit after a unit means the next unit down, unless a 零 came between.
        if (_hasNumber && !_zeroSinceUnit && _lastUnit >= 100)
        {
            _number *= _lastUnit / 10;
        }

        value = _total + _section + _number;
        return true;
    }

    private bool ReadArabic(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        while (i + 1 < text.Length && (char.IsAsciiDigit(text[i + 1]) || text[i + 1] == '.'))
        {
            i++;
        }

        return SetNumber(decimal.TryParse(text[start..(i + 1)], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : -1);
    }

    private bool Read(char c)
    {
        if (c is '零' or '〇')
        {
            _zeroSinceUnit = true;
            return !_hasNumber;
        }

        if (ChineseNumber.TryDigit(c, out var digit))
        {
            return SetNumber(digit);
        }

        var unit = ChineseNumber.Unit(c);
        return unit switch
        {
            0 => false,
            >= 10_000 => CloseSection(unit),
            _ => AddUnit(unit),
        };
    }

    private bool SetNumber(decimal number)
    {
        if (_hasNumber || number < 0)
        {
            return false;
        }

        _number = number;
        _hasNumber = true;
        return true;
    }

    private bool AddUnit(decimal unit)
    {
        if (!_hasNumber)
        {
            // 十二 = 12: a leading 十 stands for 一十. 百 or 千 with nothing before it is not a number.
            if (unit != 10 || _section != 0)
            {
                return false;
            }

            _number = 1;
        }

        _section += _number * unit;
        return NextUnit(unit);
    }

    private bool CloseSection(decimal unit)
    {
        var section = _section + _number;
        if (section == 0)
        {
            return false;
        }

        _total = unit == 100_000_000 ? (_total + section) * unit : _total + (section * unit);
        _section = 0;
        return NextUnit(unit);
    }

    private bool NextUnit(decimal unit)
    {
        _number = 0;
        _hasNumber = false;
        _zeroSinceUnit = false;
        _lastUnit = unit;
        return true;
    }
}
