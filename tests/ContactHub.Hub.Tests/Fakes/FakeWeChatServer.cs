using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ContactHub.Tests.Http;
using Microsoft.AspNetCore.Http;

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

    private readonly LoopbackHttpServer _server;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> _scripted = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeWeChatServerRequest> _received = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _token;
    private int _tokens;
    private long _msgIds = 200163836;

    public FakeWeChatServer()
    {
        _server = LoopbackHttpServer.Start(HandleAsync);
    }

    public Uri BaseUrl => _server.BaseUrl;

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

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var path = context.Request.Path.Value ?? "";
        string? accessToken = context.Request.Query["access_token"];
        TaskCompletionSource changed;
        string answer;
        lock (_gate)
        {
            // Answered and recorded in one step, so the record's order is the order of the answers.
            (var errCode, answer) = Answer(path, accessToken);
            _received.Enqueue(new FakeWeChatServerRequest(path, accessToken, body, errCode, answer));
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        var bytes = Encoding.UTF8.GetBytes(answer);
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
        changed.SetResult();
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
}
