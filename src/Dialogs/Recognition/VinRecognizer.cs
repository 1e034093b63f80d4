using System.Text.RegularExpressions;

namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// Vehicle identification numbers (ISO 3779; GB 16735 in China): 17 characters without I, O or Q, whose ninth
/// character is the check digit over the other sixteen. Candidates with a wrong check digit are not reported, so a
/// mistyped VIN is caught before it reaches the CRM.
/// </summary>
public sealed partial class VinRecognizer : IEntityRecognizer
{
    private static readonly int[] Weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

    public void Collect(in RecognitionInput input, List<RecognizedEntity> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        foreach (var match in Candidate().EnumerateMatches(input.Folded))
        {
            var candidate = input.Folded.AsSpan(match.Index, match.Length);
            if (IsValid(candidate))
            {
                found.Add(input.Entity(EntityTypes.Vin, match.Index, match.Length, candidate.ToString().ToUpperInvariant()));
            }
        }
    }

    public static bool IsValid(ReadOnlySpan<char> vin)
    {
        if (vin.Length != 17)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < vin.Length; i++)
        {
            var value = Transliterate(vin[i]);
            if (value < 0)
            {
                return false;
            }

            sum += value * Weights[i];
        }

        var remainder = sum % 11;
        var check = char.ToUpperInvariant(vin[8]);
        return remainder == 10 ? check == 'X' : check == (char)('0' + remainder);
    }

    /// <summary>ISO 3779 transliteration: A–H = 1–8, J–R = 1–9 skipping O and Q, S–Z = 2–9.</summary>
    private static int Transliterate(char c) => char.ToUpperInvariant(c) switch
    {
        >= '0' and <= '9' and var d => d - '0',
        >= 'A' and <= 'H' and var a => a - 'A' + 1,
        >= 'J' and <= 'N' and var j => j - 'J' + 1,
        'P' => 7,
        'R' => 9,
        >= 'S' and <= 'Z' and var s => s - 'S' + 2,
        _ => -1,
    };

    [GeneratedRegex(@"(?<![a-z0-9])[a-hj-npr-z0-9]{17}(?![a-z0-9])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Candidate();
}
