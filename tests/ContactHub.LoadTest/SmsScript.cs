using System.Collections.Concurrent;
using System.Globalization;
using ContactHub.Tests.Twilio;

namespace ContactHub.LoadTest;

/// <summary>
/// An SMS customer: Twilio's inbound webhook, form-encoded and signed with Twilio's algorithm over the public URL the
/// hub is configured with (the hub's replies go to <see cref="FakeTwilioServer"/>). The turn's latency is the
/// webhook's, which answers once the turn is done (TwiML) or has gone on to the REST API.
/// </summary>
public sealed class SmsScript(HttpClient http, Uri hub, Func<string[]> conversation) : ICustomerScript
{
    public const string HubNumber = "+8610690000";
    public const string PublicBaseUrl = "https://hub.load.test";
    private const string Path = "/channels/sms";
    private static int _runs;

    private readonly int _run = Interlocked.Increment(ref _runs);
    private readonly ConcurrentDictionary<int, (string Number, string[] Lines)> _current = new();
    private readonly ConcurrentDictionary<int, int> _conversations = new();
    private readonly ConcurrentBag<string> _numbers = [];

    /// <summary>Every number that texted: each phase and each new conversation of a customer texts from a number of its own.</summary>
    public IReadOnlyCollection<string> Numbers => _numbers;

    public Task StartAsync(int customer, CancellationToken cancellationToken)
    {
        var index = _conversations.AddOrUpdate(customer, 0, (_, previous) => previous + 1);
        // An 11-digit mainland mobile: 137, the run, two digits of the customer's conversation, five of the customer.
        var number = string.Create(CultureInfo.InvariantCulture, $"+86137{_run % 10}{index % 100:D2}{customer:D5}");
        _current[customer] = (number, conversation());
        _numbers.Add(number);
        return Task.CompletedTask;
    }

    public async Task TurnAsync(int customer, int turn, CancellationToken cancellationToken)
    {
        var (number, lines) = _current[customer];
        var sid = "SM" + Guid.NewGuid().ToString("N");
        List<KeyValuePair<string, string>> form =
        [
            KeyValuePair.Create("MessageSid", sid),
            KeyValuePair.Create("SmsSid", sid),
            KeyValuePair.Create("AccountSid", FakeTwilioServer.AccountSid),
            KeyValuePair.Create("From", number),
            KeyValuePair.Create("To", HubNumber),
            KeyValuePair.Create("Body", lines[turn % lines.Length]),
            KeyValuePair.Create("NumSegments", "1"),
            KeyValuePair.Create("NumMedia", "0"),
            KeyValuePair.Create("ApiVersion", "2010-04-01"),
        ];
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(hub, Path));
        request.Content = new FormUrlEncodedContent(form);
        request.Headers.Add("X-Twilio-Signature", TwilioTestSigner.Sign(FakeTwilioServer.AuthToken, PublicBaseUrl + Path, form));
        request.Headers.Add("I-Twilio-Idempotency-Token", sid);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
