using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ContactHub.Channels.Tests.WeChat;

/// <summary>
/// The far side of the WeChat API on loopback (STYLE #13): answers every POST with the next queued JSON, or
/// <c>{"errcode":0,"errmsg":"ok"}</c>, and records what it received.
/// </summary>
public sealed class WeChatApiFake : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(int Status, string Body)> _answers = new();
    private readonly Task _loop;

    public WeChatApiFake()
    {
        BaseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        _listener.Prefixes.Add(BaseUrl.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<WeChatApiFakeRequest> Received { get; } = new();

    public void Answer(string json, int status = 200) => _answers.Enqueue((status, json));

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (HttpListenerException)
        {
            // Stop() ends the pending GetContextAsync with this exception; that is the normal way out.
        }
        catch (ObjectDisposedException)
        {
            // Same, depending on where the loop was when the listener closed.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            var context = await _listener.GetContextAsync();
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            Received.Enqueue(new WeChatApiFakeRequest(
                context.Request.Url!.AbsolutePath, context.Request.QueryString["access_token"], context.Request.ContentType, body));
            var (status, answer) = _answers.TryDequeue(out var next) ? next : (200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
            var bytes = Encoding.UTF8.GetBytes(answer);
            // The managed HttpListener on Linux sometimes resets a kept-alive connection the client reuses (seen as
            // 'Connection Error' on the third of four sends); a fresh connection per request keeps the fake honest and stable.
            context.Response.KeepAlive = false;
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
