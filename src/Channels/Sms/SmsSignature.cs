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

    private RequestValidator? _spare;

    /// <summary>Form-encoded webhooks (inbound messages, status callbacks). Sign over all received params: Twilio adds new ones without notice.</summary>
    public bool IsValid(string url, IEnumerable<KeyValuePair<string, string>> form, string? signature)
    {
        ArgumentNullException.ThrowIfNull(form);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in form)
        {
            // A name sent twice is signed as its values joined by commas, as NameValueCollection joins them for Twilio's validator.
            parameters[name] = parameters.TryGetValue(name, out var earlier) ? earlier + "," + value : value;
        }

        return IsValid(url, parameters, signature);
    }

    /// <summary>The same check over parameters whose repeated names are joined already; Twilio's validator reads them as they are.</summary>
    public bool IsValid(string url, IDictionary<string, string> parameters, string? signature)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (string.IsNullOrEmpty(signature) || !IsAbsoluteUrl(url))
        {
            return false;
        }

        var validator = RentValidator();
        try
        {
            return validator.Validate(url, parameters, signature);
        }
        finally
        {
            _spare = validator;
        }
    }

    /// <summary>JSON-body webhooks: the URL carries <c>bodySHA256</c>; the signature covers the URL only, and the hash covers the raw body.</summary>
    public bool IsValidJson(string url, string rawBody, string? signature)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        if (string.IsNullOrEmpty(signature) || !IsAbsoluteUrl(url))
        {
            return false;
        }

        var validator = RentValidator();
        try
        {
            return validator.Validate(url, rawBody, signature);
        }
        finally
        {
            _spare = validator;
        }
    }

    // RequestValidator holds one HMACSHA1 and one SHA256 instance, which are not thread-safe: a check takes the spare
    // validator for itself, or makes one when another check has it. A new one per check cost ~1 KB (issue 8).
    private RequestValidator RentValidator() => Interlocked.Exchange(ref _spare, null) ?? new RequestValidator(authToken);

    // RequestValidator throws on an empty or relative URL; bad input answers false, never throws (STYLE #4).
    // On Unix "/path" parses as an absolute file: URI, hence the scheme check.
    private static bool IsAbsoluteUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
