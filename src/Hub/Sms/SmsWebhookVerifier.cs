using ContactHub.Channels.Sms;
using Microsoft.Extensions.Primitives;

namespace ContactHub.Hub.Sms;

/// <summary>
/// Reads a Twilio webhook's form and checks <c>X-Twilio-Signature</c> (§2.2) against <c>Twilio:PublicBaseUrl</c> plus
/// the path and query Twilio called, over every parameter received (Twilio adds some without notice). A missing or
/// bad signature is 403 with one log line; a body that is not a form is 400; nothing throws for bad input.
/// </summary>
public sealed class SmsWebhookVerifier(SmsOptions options, ILogger<SmsWebhookVerifier> logger)
{
    private readonly SmsSignature _signature = new(options.AuthToken);

    public async Task<SmsVerifiedForm> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var signature = request.Headers[SmsSignature.HeaderName].ToString();
        var url = options.PublicUrl(request.Path.Value + request.QueryString.Value)?.ToString() ?? "";
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

        var pairs = form.SelectMany(f => Values(f.Key, f.Value)).ToList();
        return _signature.IsValid(url, pairs, signature)
            ? new SmsVerifiedForm(pairs, null)
            : Refuse(request, url, "signature does not match");
    }

    private SmsVerifiedForm Refuse(HttpRequest request, string url, string reason)
    {
        logger.LogWarning(
            "Twilio webhook refused: {Reason} for {Url} (remote {Remote}); check Twilio:PublicBaseUrl and Twilio:AuthToken",
            reason, url, request.HttpContext.Connection.RemoteIpAddress);
        return new SmsVerifiedForm(null, new SmsWebhookAnswer(SmsWebhookAnswerKind.Forbidden, reason));
    }

    private static SmsVerifiedForm Malformed(string reason) => new(null, new SmsWebhookAnswer(SmsWebhookAnswerKind.BadRequest, reason));

    private static IEnumerable<KeyValuePair<string, string>> Values(string name, StringValues values) =>
        values.Count == 0 ? [KeyValuePair.Create(name, "")] : values.Select(v => KeyValuePair.Create(name, v ?? ""));
}
