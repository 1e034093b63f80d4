using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Json = System.Text.Json.JsonSerializer;

namespace ContactHub.Channels.WeChat;

/// <summary>
/// Posts already-rendered JSON bodies to the WeChat API (reference §1.8 customer-service messages, §1.10 template
/// messages) and reads the errcode answer. It holds no token: the caller passes one and reacts to
/// <see cref="WeChatApiError.IsTokenInvalid"/>. The token travels in the query string as WeChat requires, so
/// request URLs must never be logged.
/// </summary>
public sealed class WeChatApiClient(HttpClient http, WeChatOptions options)
{
    public const string CustomSendPath = "/cgi-bin/message/custom/send";
    public const string TemplateSendPath = "/cgi-bin/message/template/send";
    public const string StableTokenPath = "/cgi-bin/stable_token";
    public const string MenuCreatePath = "/cgi-bin/menu/create";

    public Task<WeChatApiError> SendCustomMessageAsync(string accessToken, string body, CancellationToken cancellationToken) =>
        PostAsync(CustomSendPath, accessToken, body, cancellationToken);

    public Task<WeChatApiError> SendTemplateMessageAsync(string accessToken, string body, CancellationToken cancellationToken) =>
        PostAsync(TemplateSendPath, accessToken, body, cancellationToken);

    /// <summary>Replaces the Official Account's custom menu (reference §1.12) with <paramref name="body"/> from <see cref="WeChatMenu.ToJson"/>.</summary>
    public Task<WeChatApiError> CreateMenuAsync(string accessToken, string body, CancellationToken cancellationToken) =>
        PostAsync(MenuCreatePath, accessToken, body, cancellationToken);

    /// <summary>
    /// Fetches the stable access token (reference §1.7). With <c>force_refresh:false</c> WeChat answers the same token
    /// while it is valid, so every hub instance may call this without invalidating the others' token. The body carries
    /// the AppSecret and the answer the token: neither may be logged.
    /// </summary>
    public async Task<WeChatStableToken> GetStableTokenAsync(CancellationToken cancellationToken)
    {
        var body = Json.Serialize(
            new WeChatStableTokenRequest("client_credential", options.AppId, options.AppSecret, ForceRefresh: false),
            WeChatJsonContext.Default.WeChatStableTokenRequest);
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await http.PostAsync(new Uri(options.ApiBaseUrl, StableTokenPath), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"WeChat {StableTokenPath} answered HTTP {(int)response.StatusCode}.", inner: null, response.StatusCode);
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return WeChatStableToken.TryParse(bytes, out var token)
            ? token
            : throw new HttpRequestException($"WeChat {StableTokenPath} answered with a body that is not a token or an errcode object.");
    }

    /// <summary>
    /// Throws <see cref="HttpRequestException"/> when the answer is not an HTTP success or not an errcode object:
    /// neither says whether WeChat accepted the message, so the caller must record the send as failed.
    /// </summary>
    private async Task<WeChatApiError> PostAsync(string path, string accessToken, string body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentNullException.ThrowIfNull(body);
        var uri = new Uri(options.ApiBaseUrl, string.Create(CultureInfo.InvariantCulture, $"{path}?access_token={Uri.EscapeDataString(accessToken)}"));
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await http.PostAsync(uri, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"WeChat {path} answered HTTP {(int)response.StatusCode}.", inner: null, response.StatusCode);
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return WeChatApiError.TryParse(bytes, out var error)
            ? error.Value
            : throw new HttpRequestException($"WeChat {path} answered with a body that is not an errcode object.");
    }
}
