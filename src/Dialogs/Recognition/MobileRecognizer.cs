using System.Text.RegularExpressions;

namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// Mainland mobile numbers (1[3-9] and nine digits), bare or with +86 / 0086 / 86, and with the spaces or dashes
/// people type (138 1234 5678, 138-1234-5678). The value is E.164 (+8613812345678), the form conversation keys use.
/// </summary>
public sealed partial class MobileRecognizer : IEntityRecognizer
{
    public void Collect(in RecognitionInput input, List<RecognizedEntity> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        Span<char> e164 = stackalloc char[14];
        foreach (var match in Mobile().EnumerateMatches(input.Folded))
        {
            var span = input.Folded.AsSpan(match.Index, match.Length);
            // The number is the last eleven digits; whatever comes before them is the +86 / 0086 / 86 prefix.
            "+86".CopyTo(e164);
            var count = 0;
            for (var i = span.Length - 1; i >= 0 && count < 11; i--)
            {
                if (char.IsAsciiDigit(span[i]))
                {
                    e164[13 - count++] = span[i];
                }
            }

            found.Add(input.Entity(EntityTypes.Mobile, match.Index, match.Length, e164.ToString()));
        }
    }

    [GeneratedRegex(@"(?<![0-9+])(?:(?:\+|00)?86[ \-]?)?1[3-9][0-9][ \-]?[0-9]{4}[ \-]?[0-9]{4}(?![0-9])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Mobile();
}
