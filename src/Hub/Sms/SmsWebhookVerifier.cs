using ContactHub.Channels.Sms;

namespace ContactHub.Hub.Sms;

/// <summary>
/// Reads a Twilio webhook's form and checks <c>X-Twilio-Signature</c> (§2.2) against <c>Twilio:PublicBaseUrl</c> plus
/// the path and query Twilio called, over every parameter received (Twilio adds some without notice). A missing or
/// bad signature is 403 with one log line; a body that is not a form is 400; nothing throws for bad input.
/// </summary>
public sealed class SmsWebhookVerifier(SmsOptions options, ILogger<SmsWebhookVerifier> logger)
{
    private readonly SmsSignature _signature = new(options.AuthToken);
    private PublicUrl? _lastUrl;

    public async Task<SmsVerifiedForm> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var signature = request.Headers[SmsSignature.HeaderName].ToString();
        var url = SignedUrl(request);
        if (string.IsNullOrEmpty(signature))
        {
            return Refuse(request, url, "signature missing");
        }

        if (!request.HasFormContentType)
        {
            return Malformed($"expected application/x-www-form-urlencoded, got '{request.ContentType}'");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException)
        {
            return Malformed($"the form could not be read: {e.Message}");
        }

        var signed = new Dictionary<string, string>(form.Count, StringComparer.Ordinal);
        var repeated = false;
        foreach (var (name, values) in form)
        {
            // Several values of one name are signed joined by commas, as Twilio's validator joins a NameValueCollection.
            signed[name] = values.ToString();
            repeated |= values.Count > 1;
        }

        return _signature.IsValid(url, signed, signature)
            ? new SmsVerifiedForm(repeated ? FirstValues(form) : signed, null)
            : Refuse(request, url, "signature does not match");
    }

    /// <summary>The public URL Twilio signed: the same path every time, so it is built once and kept.</summary>
    private string SignedUrl(HttpRequest request)
    {
        var path = request.Path.Value;
        var query = request.QueryString.Value;
        if (_lastUrl is { } last && string.Equals(last.Path, path, StringComparison.Ordinal) && string.Equals(last.Query, query, StringComparison.Ordinal))
        {
            return last.Url;
        }

        var url = options.PublicUrl(path + query)?.ToString() ?? "";
        _lastUrl = new PublicUrl(path, query, url);
        return url;
    }

    private SmsVerifiedForm Refuse(HttpRequest request, string url, string reason)
    {
        logger.LogWarning(
            "Twilio webhook refused: {Reason} for {Url} (remote {Remote}); check Twilio:PublicBaseUrl and Twilio:AuthToken",
            reason, url, request.HttpContext.Connection.RemoteIpAddress);
        return new SmsVerifiedForm(null, new SmsWebhookAnswer(SmsWebhookAnswerKind.Forbidden, reason));
    }

    private static SmsVerifiedForm Malformed(string reason) => new(null, new SmsWebhookAnswer(SmsWebhookAnswerKind.BadRequest, reason));

    // Twilio never repeats a name; if it did, the message is read from the first value of each.
    private static Dictionary<string, string> FirstValues(IFormCollection form) =>
        form.ToDictionary(f => f.Key, f => f.Value.Count == 0 ? "" : f.Value[0] ?? "", StringComparer.Ordinal);

    private sealed record PublicUrl(string? Path, string? Query, string Url);
}
