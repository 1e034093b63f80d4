using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ContactHub.Tests.Http;
using Microsoft.AspNetCore.Http;

namespace ContactHub.Tests.Twilio;

/// <summary>
/// Twilio's REST API on loopback (STYLE #13: the far side speaks the documented wire format, no mocks): form-encoded
/// <c>POST /2010-04-01/Accounts/{AccountSid}/Messages.json</c> with basic auth, answered with the Message resource JSON
/// (201) or Twilio's error JSON (§2.7). Records what it accepts; <see cref="AnswerNext"/> scripts the next answers.
/// </summary>
public sealed class FakeTwilioServer : IAsyncDisposable
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "f0e1d2c3b4a5968778695a4b3c2d1e0f";

    private readonly LoopbackHttpServer _server;
    private readonly Lock _gate = new();
    private readonly List<FakeTwilioServerMessage> _messages = [];
    private readonly List<FakeTwilioServerRequest> _requestsSeen = [];
    private readonly Queue<FakeTwilioServerError?> _script = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
    private readonly bool _recordRequests;
    private int _requests;

    private FakeTwilioServer(bool recordRequests)
    {
        _recordRequests = recordRequests;
        _server = LoopbackHttpServer.Start(HandleAsync);
    }

    public Uri BaseUrl => _server.BaseUrl;

    /// <summary>TCP connections accepted: the hub keeps its connection to Twilio alive, as it does against real Twilio.</summary>
    public int ConnectionCount => _server.ConnectionCount;

    public int RequestCount => Volatile.Read(ref _requests);

    public IReadOnlyList<FakeTwilioServerMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Every request received, accepted or not, with its headers and raw body, when started to record them.</summary>
    public IReadOnlyList<FakeTwilioServerRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requestsSeen];
            }
        }
    }

    /// <param name="recordRequests">
    /// Keep every request's headers and body in <see cref="Requests"/>. Off unless a test reads them: the load tool's
    /// CPU per turn includes this server's.
    /// </param>
    public static FakeTwilioServer Start(bool recordRequests = false) => new(recordRequests);

    /// <summary>Answers the next requests in order: an error, or null to accept as usual.</summary>
    public void AnswerNext(params FakeTwilioServerError?[] answers)
    {
        lock (_gate)
        {
            foreach (var answer in answers)
            {
                _script.Enqueue(answer);
            }
        }
    }

    public async Task<IReadOnlyList<FakeTwilioServerMessage>> WaitForMessagesAsync(int count, TimeSpan timeout)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_messages.Count >= count)
            {
                return [.. _messages];
            }

            _waiters.Add((count, reached));
        }

        await reached.Task.WaitAsync(timeout);
        return Messages;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var request = context.Request;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        if (_recordRequests)
        {
            Record(request, body);
        }

        var (status, json) = Answer(request, body);
        var bytes = Encoding.UTF8.GetBytes(json);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
    }

    private void Record(HttpRequest request, string body)
    {
        lock (_gate)
        {
            _requestsSeen.Add(new FakeTwilioServerRequest(
                request.Method,
                request.Path.Value + request.QueryString.Value,
                request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body));
        }
    }

    private (int Status, string Json) Answer(HttpRequest request, string body)
    {
        var path = request.Path.Value ?? "";
        if (request.Method != "POST" || !path.StartsWith("/2010-04-01/Accounts/", StringComparison.Ordinal) || !path.EndsWith("/Messages.json", StringComparison.Ordinal))
        {
            return Error(new FakeTwilioServerError(404, 20404, $"The requested resource {path} was not found"));
        }

        if (!IsAuthorized(request.Headers.Authorization) || path != $"/2010-04-01/Accounts/{AccountSid}/Messages.json")
        {
            return Error(new FakeTwilioServerError(401, 20003, "Authenticate"));
        }

        var form = SmsForm.Parse(body);
        string? Get(string name) => form.FirstOrDefault(p => p.Key == name).Value;

        if (Get("To") is not { Length: > 0 } to)
        {
            return Error(new FakeTwilioServerError(400, 21604, "A 'To' phone number is required."));
        }

        if (Get("From") is null && Get("MessagingServiceSid") is null)
        {
            return Error(new FakeTwilioServerError(400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required to send a message"));
        }

        lock (_gate)
        {
            if (_script.TryDequeue(out var scripted) && scripted is not null)
            {
                return Error(scripted);
            }

            var message = new FakeTwilioServerMessage(NewSid(), to, Get("From"), Get("MessagingServiceSid"), Get("Body"), Get("StatusCallback"), form);
            _messages.Add(message);
            foreach (var waiter in _waiters.Where(w => _messages.Count >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Reached.TrySetResult();
            }

            return (201, Resource(message));
        }
    }

    private static bool IsAuthorized(string? header) =>
        header == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}"));

    private static string NewSid() => "SM" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static (int, string) Error(FakeTwilioServerError error) => (error.HttpStatus, Write(json =>
    {
        json.WriteNumber("code", error.Code);
        json.WriteString("message", error.Message);
        json.WriteString("more_info", $"https://www.twilio.com/docs/errors/{error.Code.ToString(CultureInfo.InvariantCulture)}");
        json.WriteNumber("status", error.HttpStatus);
    }));

    // The Message resource as Twilio answers a create (§2.7).
    private static string Resource(FakeTwilioServerMessage m) => Write(json =>
    {
        var now = DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture).Replace("GMT", "+0000", StringComparison.Ordinal);
        var uri = $"/2010-04-01/Accounts/{AccountSid}/Messages/{m.Sid}";
        json.WriteString("sid", m.Sid);
        json.WriteString("account_sid", AccountSid);
        json.WriteString("messaging_service_sid", m.MessagingServiceSid);
        json.WriteString("from", m.From);
        json.WriteString("to", m.To);
        json.WriteString("body", m.Body);
        json.WriteString("status", m.MessagingServiceSid is null ? "queued" : "accepted");
        json.WriteString("num_segments", m.MessagingServiceSid is null ? "1" : "0");
        json.WriteString("num_media", "0");
        json.WriteString("direction", "outbound-api");
        json.WriteString("api_version", "2010-04-01");
        json.WriteNull("price");
        json.WriteString("price_unit", "USD");
        json.WriteNull("error_code");
        json.WriteNull("error_message");
        json.WriteString("date_created", now);
        json.WriteString("date_updated", now);
        json.WriteNull("date_sent");
        json.WriteString("uri", uri + ".json");
        json.WriteStartObject("subresource_uris");
        json.WriteString("media", uri + "/Media.json");
        json.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        // Chinese as UTF-8 rather than \u escapes, so the client's decoding of multi-byte text is exercised.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
