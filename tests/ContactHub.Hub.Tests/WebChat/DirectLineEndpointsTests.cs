using System.Net;
using System.Text.Json;
using ContactHub.Channels;
using ContactHub.Channels.WebChat;

namespace ContactHub.Hub.Tests.WebChat;

public sealed class DirectLineEndpointsTests(DirectLineHubFactory hub) : IClassFixture<DirectLineHubFactory>
{
    private readonly DirectLineTestClient client = new(hub);

    [Fact]
    public async Task GeneratesTokenWithSecretForANewConversation()
    {
        var token = await client.GenerateTokenAsync("""{"user":{"id":"dl_alice"}}""");

        Assert.False(string.IsNullOrEmpty(token.ConversationId));
        Assert.False(string.IsNullOrEmpty(token.Token));
        Assert.Equal(1800, token.ExpiresIn);
        Assert.Null(token.StreamUrl);
    }

    [Fact]
    public async Task RefreshGivesANewTokenForTheSameConversation()
    {
        var token = await client.GenerateTokenAsync();
        hub.Clock.Advance(TimeSpan.FromSeconds(2));

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refreshed = await DirectLineTestClient.ReadAsync(response, DirectLineJsonContext.Default.DirectLineConversation);
        Assert.Equal(token.ConversationId, refreshed.ConversationId);
        Assert.False(string.Equals(token.Token, refreshed.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartsAConversationWith201AndAnAbsoluteStreamUrlThen200ForTheSameToken()
    {
        var token = await client.GenerateTokenAsync();

        using var first = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token.Token);
        using var second = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token.Token, """{"user":{}}""");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var conversation = await DirectLineTestClient.ReadAsync(first, DirectLineJsonContext.Default.DirectLineConversation);
        Assert.Equal(token.ConversationId, conversation.ConversationId);
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{conversation.ConversationId}/stream?t=", conversation.StreamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretStartsAConversationWithoutABody()
    {
        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineHubFactory.Secret);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ReconnectGivesAFreshStreamUrlCarryingTheWatermark()
    {
        var conversation = await client.StartConversationAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}?watermark=3", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reconnected = await DirectLineTestClient.ReadAsync(response, DirectLineJsonContext.Default.DirectLineConversation);
        Assert.EndsWith("&watermark=3", reconnected.StreamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EchoesTheUserActivityWithItsChannelDataVerbatimThenTheBotReply()
    {
        var conversation = await client.StartConversationAsync();
        var body = """{"type":"message","text":"你好","locale":"zh-CN","from":{"id":"dl_u","name":"U"},"channelData":{"clientActivityID":"abc-1","extra":{"n":1}}}""";

        using var posted = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token, body);
        var id = (await DirectLineTestClient.ReadAsync(posted, DirectLineJsonContext.Default.DirectLineResourceResponse)).Id;
        var set = await client.GetActivitiesAsync(conversation);

        Assert.Equal($"{conversation.ConversationId}|0000001", id);
        Assert.Equal("2", set.Watermark);
        var echo = set.Activities[0];
        Assert.Equal(id, echo.Id);
        Assert.Equal("""{"clientActivityID":"abc-1","extra":{"n":1}}""", JsonSerializer.Serialize(echo.ChannelData));
        Assert.Equal(ChannelIds.WebChat, echo.ChannelId);
        Assert.Equal(conversation.ConversationId, echo.Conversation?.Id);
        Assert.Equal("user", echo.From?.Role);
        Assert.NotNull(echo.Timestamp);
        var reply = set.Activities[1];
        Assert.Equal(ScriptedTurnProcessor.MenuText, reply.Text);
        Assert.Equal("bot", reply.From?.Role);
        Assert.Equal(id, reply.ReplyToId);
        Assert.Equal($"{conversation.ConversationId}|0000002", reply.Id);
    }

    [Fact]
    public async Task GetReturnsOnlyActivitiesStrictlyNewerThanTheWatermark()
    {
        var conversation = await client.StartConversationAsync();
        await client.PostMessageAsync(conversation, "你好");

        var afterEcho = await client.GetActivitiesAsync(conversation, "1");
        var afterAll = await client.GetActivitiesAsync(conversation, "2");

        Assert.Equal(ScriptedTurnProcessor.MenuText, Assert.Single(afterEcho.Activities).Text);
        Assert.Equal("2", afterEcho.Watermark);
        Assert.Empty(afterAll.Activities);
        Assert.Equal("2", afterAll.Watermark);
    }

    [Fact]
    public async Task AcceptsUserTypingWithoutStoringItOrRunningATurn()
    {
        var conversation = await client.StartConversationAsync();
        var turns = hub.Bot.Turns;

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token, """{"type":"typing"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(turns, hub.Bot.Turns);
        Assert.Empty((await client.GetActivitiesAsync(conversation)).Activities);
    }

    [Fact]
    public async Task SessionIdIsEmpty()
    {
        using var response = await client.SendAsync(HttpMethod.Get, "/v3/directline/session/getsessionid", DirectLineHubFactory.Secret);

        Assert.Equal("""{"sessionId":""}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PageTokenEndpointIssuesATokenWithoutTheSecret()
    {
        using var response = await client.SendAsync(HttpMethod.Post, "/webchat/token", bearer: null);

        var token = await DirectLineTestClient.ReadAsync(response, DirectLineJsonContext.Default.DirectLineConversation);
        Assert.Equal(1800, token.ExpiresIn);
        Assert.DoesNotContain(DirectLineHubFactory.Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreflightAllowsTheHeadersDirectLineJsSends()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", "https://dealer.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("authorization", allowed, StringComparison.Ordinal);
        Assert.Contains("x-ms-bot-agent", allowed, StringComparison.Ordinal);
        Assert.Contains("x-requested-with", allowed, StringComparison.Ordinal);
        Assert.Contains("POST", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServesTheWebChatPageAtTheRoot()
    {
        var html = await client.Http.GetStringAsync("/");

        Assert.Contains("webchat.js", html, StringComparison.Ordinal);
    }
}
