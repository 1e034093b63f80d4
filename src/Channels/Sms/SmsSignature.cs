using System.Collections.Specialized;
using Twilio.Security;

namespace ContactHub.Channels.Sms;

/// <summary>
/// Checks <c>X-Twilio-Signature</c> with Twilio's own <see cref="RequestValidator"/> (§2.2): HMAC-SHA1 with the auth token
/// over the public URL plus every form parameter sorted by name, or, for JSON bodies, over a URL carrying
/// <c>bodySHA256</c>. Pure: no HttpContext, so tests feed it the documented vectors.
/// </summary>
public sealed class SmsSignature(string authToken)
{
    public const string HeaderName = "X-Twilio-Signature";

    /// <summary>Form-encoded webhooks (inbound messages, status callbacks). Sign over all received params: Twilio adds new ones without notice.</summary>
    public bool IsValid(string url, IEnumerable<KeyValuePair<string, string>> form, string? signature)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (string.IsNullOrEmpty(signature) || !IsAbsoluteUrl(url))
        {
            return false;
        }

        var parameters = new NameValueCollection(StringComparer.Ordinal);
        foreach (var (name, value) in form)
        {
            parameters.Add(name, value);
        }

        return Validator().Validate(url, parameters, signature);
    }

    /// <summary>JSON-body webhooks: the URL carries <c>bodySHA256</c>; the signature covers the URL only, and the hash covers the raw body.</summary>
    public bool IsValidJson(string url, string rawBody, string? signature)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        if (string.IsNullOrEmpty(signature) || !IsAbsoluteUrl(url))
        {
            return false;
        }

        return Validator().Validate(url, rawBody, signature);
    }

    // RequestValidator holds one HMACSHA1 instance, which is not thread-safe; a validator per check is cheap and safe.
    private RequestValidator Validator() => new(authToken);

    // RequestValidator throws on an empty or relative URL; bad input answers false, never throws (STYLE #4).
    // On Unix "/path" parses as an absolute file: URI, hence the scheme check.
    private static bool IsAbsoluteUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
