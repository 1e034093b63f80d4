using ContactHub.Channels.WeChat;

namespace ContactHub.Hub.WeChat;

/// <summary>
/// Publishes <c>WeChat:Menu</c> as the Official Account's custom menu (issue 4, reference §1.12) with the shared stable
/// access token. The configuration is checked before anything is sent; WeChat's own refusal is reported with its
/// errcode. The menu replaces the old one whole, so publishing twice is harmless.
/// </summary>
public sealed class WeChatMenuPublisher(IHttpClientFactory httpClients, WeChatOptions options, WeChatAccessToken tokens)
{
    /// <returns>Null when WeChat accepted the menu, else every reason it was not published.</returns>
    public async Task<IReadOnlyList<string>?> PublishAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.AppId) || string.IsNullOrEmpty(options.AppSecret))
        {
            return ["WeChat:AppId and WeChat:AppSecret are not configured."];
        }

        var buttons = options.Menu.ToList();
        if (WeChatMenu.Problems(buttons, options.MenuKeys.Keys) is { Count: > 0 } problems)
        {
            return problems;
        }

        var body = WeChatMenu.ToJson(buttons);
        var api = new WeChatApiClient(httpClients.CreateClient(WeChatAccessToken.HttpClientName), options);
        var answer = await tokens.CallAsync(token => api.CreateMenuAsync(token, body, cancellationToken), cancellationToken);
        return answer.IsOk ? null : [$"WeChat {WeChatApiClient.MenuCreatePath} answered {answer}."];
    }
}
