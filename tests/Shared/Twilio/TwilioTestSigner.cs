using System.Security.Cryptography;
using System.Text;

namespace ContactHub.Tests.Twilio;

/// <summary>
/// Signs like Twilio does (§2.2): Base64(HMAC-SHA1(authToken, url + every param name and value, names sorted ordinally)).
/// Checked against twilio-csharp's own test vector in SmsSignatureTests, so signed fixtures are real signatures.
/// </summary>
internal static class TwilioTestSigner
{
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in form.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }

    public static string BodySha256(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
}
