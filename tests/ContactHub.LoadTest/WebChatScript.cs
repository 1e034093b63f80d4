using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace ContactHub.LoadTest;

/// <summary>A web chat customer over Direct Line REST: start a conversation, then post one message of the booking per turn.</summary>
public sealed class WebChatScript(HttpClient http, Uri hub, string secret, Func<string[]> conversation) : ICustomerScript
{
    private readonly ConcurrentDictionary<int, (string Conversation, string[] Lines)> _current = new();
    private readonly ConcurrentBag<string> _started = [];

    /// <summary>Every conversation the customers started, current or over.</summary>
    public IReadOnlyCollection<string> ConversationIds => _started;

    public async Task StartAsync(int customer, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(hub, "/v3/directline/conversations"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        request.Content = JsonContent.Create(new { });
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var started = await response.Content.ReadFromJsonAsync(LoadJsonContext.Default.StartedConversation, cancellationToken)
            ?? throw new InvalidOperationException("no conversation id");
        _current[customer] = (started.ConversationId, conversation());
        _started.Add(started.ConversationId);
    }

    public async Task TurnAsync(int customer, int turn, CancellationToken cancellationToken)
    {
        var (conversation, lines) = _current[customer];
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(hub, $"/v3/directline/conversations/{conversation}/activities"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var message = new UserMessage("message", new UserAccount($"load-{customer}"), lines[turn % lines.Length], "zh-CN");
        request.Content = JsonContent.Create(message, LoadJsonContext.Default.UserMessage);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
