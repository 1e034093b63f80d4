using System.Globalization;
using System.Text.RegularExpressions;

namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// Complaint ticket numbers, TS-YYYYMMDD-NNNN (issue 3), also typed in lower case or without dashes (ts202611270001).
/// The date part must be a real date, so a mobile number after "TS" is not mistaken for a ticket.
/// </summary>
public sealed partial class TicketRecognizer : IEntityRecognizer
{
    public void Collect(in RecognitionInput input, List<RecognizedEntity> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        Span<char> digits = stackalloc char[12];
        foreach (var match in Ticket().EnumerateMatches(input.Folded))
        {
            var span = input.Folded.AsSpan(match.Index, match.Length);
            var count = 0;
            foreach (var c in span)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits[count++] = c;
                }
            }

            if (!DateOnly.TryParseExact(digits[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                continue;
            }

            var value = string.Concat("TS-", digits[..8], "-", digits[8..]);
            found.Add(input.Entity(EntityTypes.Ticket, match.Index, match.Length, value));
        }
    }

    [GeneratedRegex(@"(?<![a-z0-9])ts[ \-]?[0-9]{8}[ \-]?[0-9]{4}(?![0-9])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Ticket();
}
