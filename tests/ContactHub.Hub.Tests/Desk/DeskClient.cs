using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactHub.Channels;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>
/// A desk page's HTTP side: the cookies it was given (kept here, so the SignalR client can send them too) and the
/// anti-forgery token from /api/desk/session or sign-in.
/// </summary>
public sealed class DeskClient(HttpClient http) : IDisposable
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public HttpClient Http { get; } = http;

    public string Token { get; private set; } = "";

    public string? UserName { get; private set; }

    public string CookieHeader => string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));

    public async Task SignInAsync(string userName, string password)
    {
        using var response = await TrySignInAsync(userName, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task<HttpResponseMessage> TrySignInAsync(string userName, string password)
    {
        using (var session = await GetAsync("/api/desk/session"))
        {
            Token = (await session.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        }

        var response = await PostAsync("/api/desk/signin", new { userName, password });
        if (response.IsSuccessStatusCode)
        {
            Token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
            UserName = userName;
        }

        return response;
    }

    public Task<HttpResponseMessage> ClaimAsync(ConversationKey key) => PostAsync($"{Path(key)}/claim", body: null);

    public Task<HttpResponseMessage> ReplyAsync(ConversationKey key, string text) => PostAsync($"{Path(key)}/reply", new { text });

    public Task<HttpResponseMessage> TransferAsync(ConversationKey key, string toAgent) => PostAsync($"{Path(key)}/transfer", new { toAgent });

    public Task<HttpResponseMessage> CloseAsync(ConversationKey key, string outcome) => PostAsync($"{Path(key)}/close", new { outcome });

    public Task<HttpResponseMessage> TakeOverAsync(ConversationKey key) => PostAsync($"{Path(key)}/take-over", body: null);

    public Task<HttpResponseMessage> LinkCustomerAsync(ConversationKey key, string? mobile) => PostAsync($"{Path(key)}/customer", new { mobile });

    public Task<HttpResponseMessage> ConversationAsync(ConversationKey key) => GetAsync(Path(key));

    public async Task<string> GetStringAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    /// <param name="token">A token to send instead of the one this client holds.</param>
    public Task<HttpResponseMessage> PostAsync(string path, object? body, bool withToken = true, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }) };
        if (withToken || token is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", token ?? Token);
        }

        return SendAsync(request);
    }

    /// <summary>The same browser talking to another hub instance (a load balancer without sticky sessions).</summary>
    public DeskClient Via(HttpClient other)
    {
        var moved = new DeskClient(other) { Token = Token, UserName = UserName };
        foreach (var cookie in _cookies)
        {
            moved._cookies[cookie.Key] = cookie.Value;
        }

        return moved;
    }

    public void Dispose() => Http.Dispose();

    public static string Path(ConversationKey key) => $"/api/desk/conversations/{Uri.EscapeDataString(key.Channel)}/{Uri.EscapeDataString(key.UserId)}";

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", CookieHeader);
            }

            var response = await Http.SendAsync(request);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';')[0].Split('=', 2);
                if (pair[1].Length == 0)
                {
                    _cookies.Remove(pair[0]);
                }
                else
                {
                    _cookies[pair[0]] = pair[1];
                }
            }

            return response;
        }
    }
}
