using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using ContactHub.Channels;
using ContactHub.Channels.WebChat;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContactHub.Hub.Tests.WebChat;

/// <summary>Speaks Direct Line to the in-memory hub the way directlinejs does, with the wire shapes from §3.</summary>
public sealed class DirectLineTestClient(WebApplicationFactory<Program> factory)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public HttpClient Http { get; } = factory.CreateClient();

    public async Task<DirectLineConversation> GenerateTokenAsync(string? body = null)
    {
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineHubFactory.Secret, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response, DirectLineJsonContext.Default.DirectLineConversation);
    }

    public async Task<DirectLineConversation> StartConversationAsync()
    {
        var token = await GenerateTokenAsync();
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token.Token, """{"user":{}}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ReadAsync(response, DirectLineJsonContext.Default.DirectLineConversation);
    }

    public async Task<string> PostMessageAsync(DirectLineConversation conversation, string text, string clientActivityId = "client-1")
    {
        var body = $$$"""{"type":"message","text":"{{{text}}}","from":{"id":"dl_tester","role":"user"},"channelData":{"clientActivityID":"{{{clientActivityId}}}"}}""";
        using var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadAsync(response, DirectLineJsonContext.Default.DirectLineResourceResponse)).Id;
    }

    public async Task<ActivitySet> GetActivitiesAsync(DirectLineConversation conversation, string? watermark = null)
    {
        var query = watermark is null ? "" : $"?watermark={watermark}";
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities{query}", DirectLineHubFactory.Secret);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response, DirectLineJsonContext.Default.ActivitySet);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await Http.SendAsync(request);
    }

    public async Task<WebSocket> ConnectStreamAsync(string streamUrl)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), timeout.Token);
    }

    /// <summary>The next frame, or null for a keep-alive (an empty text frame).</summary>
    public static async Task<ActivitySet?> ReceiveFrameAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await ReceiveFrameAsync(socket, timeout.Token);
    }

    private static async Task<ActivitySet?> ReceiveFrameAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        ValueWebSocketReceiveResult frame;
        do
        {
            frame = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
            length += frame.Count;
        }
        while (!frame.EndOfMessage);

        if (frame.MessageType == WebSocketMessageType.Close)
        {
            throw new WebSocketException($"closed: {socket.CloseStatusDescription}");
        }

        return length == 0 ? null : JsonSerializer.Deserialize(buffer.AsSpan(0, length), DirectLineJsonContext.Default.ActivitySet);
    }

    /// <summary>
    /// Reads frames, skipping keep-alives, until the activities seen so far satisfy <paramref name="done"/>; one
    /// deadline for all frames, since keep-alives would otherwise extend a per-frame timeout forever.
    /// </summary>
    public static async Task<List<Activity>> ReceiveUntilAsync(WebSocket socket, Func<IReadOnlyList<Activity>, bool> done)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var seen = new List<Activity>();
        while (!done(seen))
        {
            if (await ReceiveFrameAsync(socket, timeout.Token) is { } set)
            {
                seen.AddRange(set.Activities);
            }
        }

        return seen;
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        var value = JsonSerializer.Deserialize(await response.Content.ReadAsStreamAsync(), typeInfo);
        Assert.NotNull(value);
        return value;
    }
}
