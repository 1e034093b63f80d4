namespace ContactHub.Hub.Records;

/// <summary>
/// Vehicle identification numbers (ISO 3779): 17 characters without I, O and Q, position 9 a check digit computed
/// with the transliteration and weights of 49 CFR 565.15, which GB 16735 applies to Chinese VINs too.
/// </summary>
public static class VinNumber
{
    private const string Allowed = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    private static readonly int[] Weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

    public static bool IsValid(string? vin) =>
        vin is { Length: 17 } && vin.All(c => Allowed.Contains(c, StringComparison.Ordinal)) && CheckDigit(vin) == vin[8];

    /// <summary>The check digit for the other 16 characters of <paramref name="vin"/> (position 9 is ignored).</summary>
    public static char CheckDigit(string vin)
    {
        ArgumentNullException.ThrowIfNull(vin);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Value(vin[i]) * Weights[i];
        }

        var remainder = sum % 11;
        return remainder == 10 ? 'X' : (char)('0' + remainder);
    }

    private static int Value(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        'A' or 'J' => 1,
        'B' or 'K' or 'S' => 2,
        'C' or 'L' or 'T' => 3,
        'D' or 'M' or 'U' => 4,
        'E' or 'N' or 'V' => 5,
        'F' or 'W' => 6,
        'G' or 'P' or 'X' => 7,
        'H' or 'Y' => 8,
        'R' or 'Z' => 9,
        _ => 0,
    };
}
