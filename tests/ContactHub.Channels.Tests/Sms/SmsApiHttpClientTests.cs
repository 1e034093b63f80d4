using System.Net;
using System.Text;
using ContactHub.Channels.Sms;
using ContactHub.Tests.Twilio;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;
using HttpClient = System.Net.Http.HttpClient;
using HttpMethod = Twilio.Http.HttpMethod;

namespace ContactHub.Channels.Tests.Sms;

public sealed class SmsApiHttpClientTests : FakeTwilioTests
{
    private const string MessagesPath = $"/2010-04-01/Accounts/{FakeTwilioServer.AccountSid}/Messages.json";
    private static readonly Uri StatusCallback = new("https://hub.example.com/channels/sms/status");

    private TwilioRestClient Client(Twilio.Http.HttpClient http, string authToken = FakeTwilioServer.AuthToken) =>
        new(FakeTwilioServer.AccountSid, authToken, httpClient: http);

    private static CreateMessageOptions Message(string body) =>
        new(new PhoneNumber("+8613812345678")) { From = new PhoneNumber("+15005550006"), Body = body, StatusCallback = StatusCallback };

    [Fact]
    public async Task PostsTheFormBodyAndHeadersTwilioExpects()
    {
        await MessageResource.CreateAsync(Message("您的预约 已确认"), Client(new SmsApiHttpClient(ToFakeApi)));

        var request = Assert.Single(FakeApi.Requests);
        Assert.Equal(("POST", MessagesPath), (request.Method, request.PathAndQuery));
        Assert.Equal(
            "To=%2B8613812345678&StatusCallback=https%3A%2F%2Fhub.example.com%2Fchannels%2Fsms%2Fstatus&From=%2B15005550006"
            + "&Body=%E6%82%A8%E7%9A%84%E9%A2%84%E7%BA%A6+%E5%B7%B2%E7%A1%AE%E8%AE%A4",
            request.Body);
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeTwilioServer.AccountSid}:{FakeTwilioServer.AuthToken}"));
        Assert.Equal("Basic " + basic, request.Headers["Authorization"]);
        Assert.Equal("application/x-www-form-urlencoded", request.Headers["Content-Type"]);
        Assert.Equal("application/json", request.Headers["Accept"]);
        Assert.Equal("utf-8", request.Headers["Accept-Encoding"]);
        Assert.StartsWith("twilio-csharp/8.2.0 (", request.Headers["User-Agent"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendsTheSameRequestAsTheSdksOwnClient()
    {
        var ours = await MessageResource.CreateAsync(Message("Your appointment is confirmed."), Client(new SmsApiHttpClient(ToFakeApi)));
        var sdks = await MessageResource.CreateAsync(Message("Your appointment is confirmed."), Client(new SystemNetHttpClient(ToFakeApi)));

        Assert.Equal(Wire(FakeApi.Requests[1]), Wire(FakeApi.Requests[0]));
        Assert.Equal((sdks.Status, sdks.Body, sdks.To), (ours.Status, ours.Body, ours.To));
    }

    [Fact]
    public async Task SendsAGetsQueryParametersInTheUrlAndNoBodyAsTheSdkDoes()
    {
        List<KeyValuePair<string, string>> query = [new("To", "+86 138"), new("PageSize", "20")];

        var ours = await new SmsApiHttpClient(ToFakeApi).MakeRequestAsync(Get(query));
        var sdks = await new SystemNetHttpClient(ToFakeApi).MakeRequestAsync(Get(query));

        Assert.Equal(MessagesPath + "?To=%2B86+138&PageSize=20", FakeApi.Requests[0].PathAndQuery);
        Assert.Equal(Wire(FakeApi.Requests[1]), Wire(FakeApi.Requests[0]));
        Assert.Equal((HttpStatusCode.NotFound, sdks.Content), (ours.StatusCode, ours.Content));
    }

    [Fact]
    public async Task ATwilioErrorSurfacesAsTheSdksApiExceptionWithItsCode()
    {
        FakeApi.AnswerNext(FakeTwilioServerError.Unsubscribed);

        var error = await Assert.ThrowsAsync<ApiException>(() =>
            MessageResource.CreateAsync(Message("您好"), Client(new SmsApiHttpClient(ToFakeApi))));

        Assert.Equal((21610, 400), (error.Code, error.Status));
        Assert.Equal(FakeTwilioServerError.Unsubscribed.Message, error.Message);
        Assert.Equal(new Uri("https://www.twilio.com/docs/errors/21610"), new Uri(error.MoreInfo));
    }

    [Fact]
    public async Task WrongCredentialsSurfaceAsAuthenticateError()
    {
        var error = await Assert.ThrowsAsync<ApiException>(() =>
            MessageResource.CreateAsync(Message("您好"), Client(new SmsApiHttpClient(ToFakeApi), authToken: "wrong")));

        Assert.Equal((20003, 401), (error.Code, error.Status));
    }

    [Fact]
    public async Task AChineseBodyRoundTripsThroughTheRequestAndTheResponse()
    {
        // Twilio's longest body (1,600 characters): its answer is longer than the client's first read buffer.
        var body = string.Concat(Enumerable.Repeat("您的车辆保养预约已确认：明天 15:00，地址“一汽-大众 4S 店”。回复 1 确认 😀 ", 32));

        var message = await MessageResource.CreateAsync(Message(body), Client(new SmsApiHttpClient(ToFakeApi)));

        Assert.Equal(body, Assert.Single(FakeApi.Messages).Body);
        Assert.Equal(body, message.Body);
    }

    [Fact]
    public async Task AnUnreachableTwilioSurfacesAsTheSdksConnectionError()
    {
        await FakeApi.DisposeAsync();

        await Assert.ThrowsAsync<ApiConnectionException>(() =>
            MessageResource.CreateAsync(Message("您好"), Client(new SmsApiHttpClient(ToFakeApi))));
    }

    private static Request Get(List<KeyValuePair<string, string>> query) =>
        new(HttpMethod.Get, Domain.Api, MessagesPath, queryParams: query)
        {
            Username = FakeTwilioServer.AccountSid,
            Password = FakeTwilioServer.AuthToken,
        };

    // What a request looked like on the wire, less the trace context, which differs on every request.
    private static string Wire(FakeTwilioServerRequest request) =>
        string.Join('\n', [
            request.Method + " " + request.PathAndQuery,
            .. request.Headers.Where(h => h.Key is not ("traceparent" or "tracestate")).OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => $"{h.Key}: {h.Value}"),
            request.Body]);
}
