namespace ContactHub.Channels.Sms;

/// <summary>
/// Sends Twilio REST calls to <see cref="SmsOptions.ApiBaseUrl"/> instead of https://api.twilio.com. twilio-csharp
/// builds absolute https://{product}.twilio.com URLs itself and has no base-URL setting (§2.9); region/edge only pick
/// another twilio.com host. Its supported seam is the System.Net.Http.HttpClient it is given, so the host is rewritten
/// there, keeping path, query, auth and body exactly as the SDK produced them.
/// </summary>
public sealed class SmsApiBaseUrlHandler(Uri apiBaseUrl) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is { IsAbsoluteUri: true } uri)
        {
            request.RequestUri = new UriBuilder(uri)
            {
                Scheme = apiBaseUrl.Scheme,
                Host = apiBaseUrl.Host,
                Port = apiBaseUrl.Port,
            }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
