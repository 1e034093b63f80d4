using System.Security.Cryptography;
using System.Text;

namespace ContactHub.Hub.Identity;

/// <summary>
/// HMAC-SHA256 of "mobile:code" keyed with a random per-code salt and the configured pepper, so a stored code is
/// neither readable nor comparable across codes, and a code sent to one number does not match for another.
/// </summary>
public static class VerificationCodeHash
{
    public static string NewSalt() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    public static string Compute(string mobile, string code, string salt, string? pepper)
    {
        var key = Convert.FromBase64String(salt).Concat(Encoding.UTF8.GetBytes(pepper ?? "")).ToArray();
        return Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(mobile + ":" + code)));
    }

    public static bool Matches(PendingCode pending, string mobile, string code, string? pepper)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var expected = Convert.FromBase64String(pending.Hash);
        var actual = Convert.FromBase64String(Compute(mobile, code, pending.Salt, pepper));
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
