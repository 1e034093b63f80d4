using System.Buffers;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using Twilio.Clients;
using Twilio.Constant;
using TwilioRequest = Twilio.Http.Request;
using TwilioResponse = Twilio.Http.Response;

namespace ContactHub.Channels.Sms;

/// <summary>
/// The Twilio SDK's HTTP seam (<see cref="Twilio.Http.HttpClient"/>) sending the same wire request as its
/// <c>SystemNetHttpClient</c> (8.2.0): method, URL with query, Basic auth, Accept, Accept-Encoding, User-Agent, the
/// request's own headers and its form or JSON body; every status comes back as a <see cref="TwilioResponse"/>, so the
/// SDK still turns a non-2xx answer into its <c>ApiException</c>. It allocates less per send: the header values are
/// built once per client, and the body is read into a pooled buffer and decoded once instead of through a
/// buffered copy, a StreamReader and a StringBuilder.
/// </summary>
public sealed class SmsApiHttpClient(HttpClient http) : Twilio.Http.HttpClient
{
    private const int FirstReadSize = 4096;

    private static readonly string SdkUserAgent = BuildUserAgent();

    // The SDK hands the same credentials with every request, so the header is built once for them.
    private BasicAuthHeader? _basicAuth;

    public override TwilioResponse MakeRequest(TwilioRequest request) =>
        MakeRequestAsync(request).GetAwaiter().GetResult();

    public override async Task<TwilioResponse> MakeRequestAsync(TwilioRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var message = BuildMessage(request);
        LastRequest = request;
        LastResponse = null;

        // HttpClient's timeout now ends with the headers; a body that does not follow within another such timeout fails
        // the request as the SDK's buffered read would (leaving the using below aborts the read). Usually the body has
        // already arrived with the headers and is read without waiting.
        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
        var reading = ReadBodyAsync(response.Content);
        var content = reading.IsCompletedSuccessfully ? reading.Result : await reading.AsTask().WaitAsync(http.Timeout);
        return LastResponse = new TwilioResponse(response.StatusCode, content, response.Headers);
    }

    private HttpRequestMessage BuildMessage(TwilioRequest request)
    {
        var message = new HttpRequestMessage(HttpMethod.Parse(request.Method.ToString()), Url(request));
        var headers = message.Headers;
        if (request.Username is not null && request.Password is not null)
        {
            headers.TryAddWithoutValidation("Authorization", BasicAuth(request.Username, request.Password));
        }
        else if (request.AuthStrategy is { } strategy && strategy.RequiresAuthentication())
        {
            headers.TryAddWithoutValidation("Authorization", strategy.GetAuthString());
        }

        headers.TryAddWithoutValidation("Accept", "application/json");
        headers.TryAddWithoutValidation("Accept-Encoding", "utf-8");
        headers.TryAddWithoutValidation("User-Agent", request.UserAgentExtensions is { } extensions
            ? string.Join(' ', [SdkUserAgent, .. extensions])
            : SdkUserAgent);
        foreach (var (name, value) in request.HeaderParams)
        {
            headers.TryAddWithoutValidation(name, value);
        }

        message.Content = Content(request);
        return message;
    }

    // Without query, region or edge the SDK's ConstructUrl() only re-parses the request's own Uri into an equal one.
    private static Uri Url(TwilioRequest request) =>
        request.QueryParams.Count == 0 && request.Region is null && request.Edge is null ? request.Uri : request.ConstructUrl();

    private static HttpContent? Content(TwilioRequest request)
    {
        if (Equals(request.Method, Twilio.Http.HttpMethod.Get))
        {
            return null;
        }

        request.ContentType ??= EnumConstants.ContentTypeEnum.FORM_URLENCODED;
        if (Equals(request.ContentType, EnumConstants.ContentTypeEnum.JSON))
        {
            return new StringContent(request.Body, Encoding.UTF8, "application/json");
        }

        return Equals(request.ContentType, EnumConstants.ContentTypeEnum.FORM_URLENCODED)
            ? new FormUrlEncodedContent(request.PostParams)
            : null;
    }

    private string BasicAuth(string username, string password)
    {
        if (_basicAuth is { } cached && cached.Username == username && cached.Password == password)
        {
            return cached.Header;
        }

        var header = "Basic " + Authentication(username, password);
        _basicAuth = new BasicAuthHeader(username, password, header);
        return header;
    }

    private static async ValueTask<string> ReadBodyAsync(HttpContent content)
    {
        await using var stream = content.ReadAsStream();
        var buffer = ArrayPool<byte>.Shared.Rent(FirstReadSize);
        var length = 0;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(length))) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return Decode(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // The SDK reads with a default StreamReader: UTF-8, a leading byte order mark skipped. Twilio answers JSON, which
    // is UTF-8 (RFC 8259 §8.1), so the UTF-16/32 marks that StreamReader would also honour are not looked for.
    private static string Decode(ReadOnlySpan<byte> body)
    {
        var preamble = Encoding.UTF8.Preamble;
        return Encoding.UTF8.GetString(body.StartsWith(preamble) ? body[preamble.Length..] : body);
    }

    // "twilio-csharp/8.2.0 (Unix X64) .NET/10.0.0", as SystemNetHttpClient writes it from the SDK's version and the runtime.
    private static string BuildUserAgent()
    {
        var informational = typeof(TwilioRestClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational?.Split('+')[0] ?? "Unknown";
        var framework = RuntimeInformation.FrameworkDescription;
        var lastSpace = framework.LastIndexOf(' ');
        var platform = lastSpace < 0 ? framework : framework[..lastSpace] + "/" + framework[(lastSpace + 1)..];
        return $"twilio-csharp/{version} ({Environment.OSVersion.Platform} {RuntimeInformation.OSArchitecture}) {platform}";
    }

    private sealed record BasicAuthHeader(string Username, string Password, string Header);
}
