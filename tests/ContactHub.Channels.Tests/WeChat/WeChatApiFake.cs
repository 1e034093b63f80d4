using System.Collections.Concurrent;
using System.Text;
using ContactHub.Tests.Http;
using Microsoft.AspNetCore.Http;

namespace ContactHub.Channels.Tests.WeChat;

/// <summary>
/// The far side of the WeChat API on loopback (STYLE #13): answers every POST with the next queued JSON, or
/// <c>{"errcode":0,"errmsg":"ok"}</c>, and records what it received.
/// </summary>
public sealed class WeChatApiFake : IAsyncDisposable
{
    private readonly ConcurrentQueue<(int Status, string Body)> _answers = new();
    private readonly Lock _gate = new();
    private readonly LoopbackHttpServer _server;

    public WeChatApiFake()
    {
        _server = LoopbackHttpServer.Start(HandleAsync);
    }

    public Uri BaseUrl => _server.BaseUrl;

    public ConcurrentQueue<WeChatApiFakeRequest> Received { get; } = new();

    public void Answer(string json, int status = 200) => _answers.Enqueue((status, json));

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        (int Status, string Body) answer;
        lock (_gate)
        {
            // Recorded and answered in one step, so the n-th request recorded got the n-th queued answer.
            Received.Enqueue(new WeChatApiFakeRequest(context.Request.Path.Value ?? "", context.Request.Query["access_token"], context.Request.ContentType, body));
            answer = _answers.TryDequeue(out var next) ? next : (200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        }

        var bytes = Encoding.UTF8.GetBytes(answer.Body);
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
    }
}
