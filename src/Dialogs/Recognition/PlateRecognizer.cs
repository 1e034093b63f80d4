using System.Text.RegularExpressions;

namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// Chinese plate numbers (GA 36): a province character, the issuing-authority letter, then five characters
/// (京A12345), or six for new-energy plates with D/F first or last (粤BD12345, 粤B12345F). The dot some people type
/// after the letter (粤B·D12345, 沪A·12345) is accepted and dropped from the value. I and O never appear after the province.
/// </summary>
public sealed partial class PlateRecognizer : IEntityRecognizer
{
    public void Collect(in RecognitionInput input, List<RecognizedEntity> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        Span<char> value = stackalloc char[16];
        foreach (var match in Plate().EnumerateMatches(input.Folded))
        {
            var span = input.Folded.AsSpan(match.Index, match.Length);
            var length = 0;
            foreach (var c in span)
            {
                if (char.IsAsciiLetterOrDigit(c) || c > '\u2E80')
                {
                    value[length++] = char.ToUpperInvariant(c);
                }
            }

            found.Add(input.Entity(EntityTypes.Plate, match.Index, match.Length, value[..length].ToString()));
        }
    }

    [GeneratedRegex(
        @"(?<![a-z0-9])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][a-hj-np-z][·•・.\- ]?(?:[df][a-hj-np-z0-9][0-9]{4}|[0-9]{5}[df]|[a-hj-np-z0-9]{4}[a-hj-np-z0-9学警挂])(?![a-z0-9])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Plate();
}
