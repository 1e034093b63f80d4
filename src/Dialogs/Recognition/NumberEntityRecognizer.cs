using System.Globalization;

namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// Every number in a message as an entity, read by <see cref="NumberRecognizer"/>'s tokenizer. Chinese numeral
/// characters are everywhere in ordinary words (一下, 一般, 十分, 万一), so a single numeral character only counts before
/// a measure word (两辆车, 三次), and digits glued to Latin letters (4S店, A6L, ID4) are model names, not numbers.
/// </summary>
public sealed class NumberEntityRecognizer : IEntityRecognizer
{
    private const string Measures = "公辆台次元块年岁天周万千";

    public void Collect(in RecognitionInput input, List<RecognizedEntity> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var text = input.Folded;
        foreach (var match in NumberRecognizer.NumberToken().EnumerateMatches(text))
        {
            var token = text.AsSpan(match.Index, match.Length);
            var end = match.Index + match.Length;
            var before = match.Index > 0 ? text[match.Index - 1] : ' ';
            var after = end < text.Length ? text[end] : ' ';
            if (char.IsAsciiLetter(before) || char.IsAsciiLetter(after) || (!char.IsAsciiDigit(token[^1]) && !IsChineseNumber(token, after)))
            {
                continue;
            }

            if (NumberRecognizer.TryRead(token, out var value))
            {
                found.Add(input.Entity(EntityTypes.Number, match.Index, match.Length, value.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private static bool IsChineseNumber(ReadOnlySpan<char> token, char after) => token.Length == 1
        ? Measures.Contains(after, StringComparison.Ordinal)
        : token is not ("十分" or "万一" or "一一");
}
