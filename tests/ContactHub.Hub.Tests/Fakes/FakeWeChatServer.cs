using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace ContactHub.Hub.Tests.Fakes;

/// <summary>
/// The WeChat API on loopback, speaking the documented JSON (reference §1.7, §1.8, §1.10, §1.12): stable_token hands
/// out the current token (a new one once the current is revoked, as WeChat does after expiry); the send APIs answer
/// 40001 to any token but the current one, else the next scripted answer for their path (45015, 45047, -1 …), else OK.
/// Everything received is recorded, and tests wait for it without sleeping.
/// </summary>
public sealed class FakeWeChatServer : IAsyncDisposable
{
    public const string CustomSendPath = "/cgi-bin/message/custom/send";
    public const string TemplateSendPath = "/cgi-bin/message/template/send";
    public const string StableTokenPath = "/cgi-bin/stable_token";

    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> _scripted = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeWeChatServerRequest> _received = new();
    private readonly Lock _gate = new();
    private readonly Task _loop;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _token;
    private int _tokens;
    private long _msgIds = 200163836;

    public FakeWeChatServer()
    {
        BaseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        _listener.Prefixes.Add(BaseUrl.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    public IReadOnlyList<FakeWeChatServerRequest> Received => [.. _received];

    public IReadOnlyList<FakeWeChatServerRequest> CustomerServiceMessages => [.. _received.Where(r => r.IsCustomerServiceMessage)];

    public int StableTokenCalls => _received.Count(r => r.Path == StableTokenPath);

    /// <summary>The next call to <paramref name="path"/> with a valid token answers <paramref name="errCode"/>.</summary>
    public void AnswerNext(string path, int errCode) => _scripted.GetOrAdd(path, _ => new ConcurrentQueue<int>()).Enqueue(errCode);

    /// <summary>The current token stops working, as if it expired: calls with it get 40001 and stable_token issues a new one.</summary>
    public void RevokeToken()
    {
        lock (_gate)
        {
            _token = null;
        }
    }

    public async Task<IReadOnlyList<FakeWeChatServerRequest>> WaitForCustomerServiceMessagesAsync(int count, TimeSpan? timeout = null)
    {
        await WaitUntilAsync(() => CustomerServiceMessages.Count(m => m.AnsweredErrCode == 0) >= count, timeout);
        return [.. CustomerServiceMessages.Where(m => m.AnsweredErrCode == 0)];
    }

    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }

            if (condition())
            {
                return;
            }

            await changed.WaitAsync(cancel.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
            // Stop() ends the pending GetContextAsync this way; that is the normal way out.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            var context = await _listener.GetContextAsync();
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var path = context.Request.Url!.AbsolutePath;
            var (errCode, answer) = Answer(path, context.Request.QueryString["access_token"]);
            _received.Enqueue(new FakeWeChatServerRequest(path, context.Request.QueryString["access_token"], body, errCode, answer));
            var bytes = Encoding.UTF8.GetBytes(answer);
            // The managed HttpListener on Linux sometimes resets a kept-alive connection the client reuses (seen as
            // 'Connection Error' on the third of four sends); a fresh connection per request keeps the fake honest and stable.
            context.Response.KeepAlive = false;
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
            TaskCompletionSource changed;
            lock (_gate)
            {
                changed = _changed;
                _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            changed.SetResult();
        }
    }

    private (int ErrCode, string Json) Answer(string path, string? accessToken)
    {
        lock (_gate)
        {
            if (path == StableTokenPath)
            {
                _token ??= $"TOKEN-{++_tokens}";
                return (0, JsonSerializer.Serialize(new Dictionary<string, object>(StringComparer.Ordinal) { ["access_token"] = _token, ["expires_in"] = 7200 }));
            }

            if (accessToken is null || accessToken != _token)
            {
                return Error(40001, "invalid credential, access_token is invalid or not latest");
            }

            if (_scripted.TryGetValue(path, out var queue) && queue.TryDequeue(out var scripted))
            {
                return Error(scripted, "scripted by the test");
            }

            return path == TemplateSendPath
                ? (0, string.Create(CultureInfo.InvariantCulture, $"{{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":{++_msgIds}}}"))
                : Error(0, "ok");
        }
    }

    private static (int, string) Error(int code, string message) =>
        (code, JsonSerializer.Serialize(new Dictionary<string, object>(StringComparer.Ordinal) { ["errcode"] = code, ["errmsg"] = message }));

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
