using System.Net;
using System.Text.Json;
using ContactHub.Channels.WebChat;

namespace ContactHub.Hub.Tests.WebChat;

/// <summary>Bad input gets a Direct Line error body and a 4xx, never a 500, a stored activity or a turn (issue 2).</summary>
public sealed class DirectLineRejectionTests(DirectLineHubFactory hub) : IClassFixture<DirectLineHubFactory>
{
    private const string Message = """{"type":"message","text":"你好","channelData":{"clientActivityID":"x"}}""";
    private readonly DirectLineTestClient client = new(hub);

    public static TheoryData<string, string?, HttpStatusCode, string> GenerateRefusals() => new()
    {
        { "no credential", null, HttpStatusCode.Unauthorized, DirectLineErrorCodes.MissingToken },
        { "wrong secret", "not-the-secret", HttpStatusCode.Forbidden, DirectLineErrorCodes.TokenInvalid },
    };

    [Theory]
    [MemberData(nameof(GenerateRefusals))]
    public async Task GenerateRefusesABadCredential(string why, string? bearer, HttpStatusCode status, string code)
    {
        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", bearer);

        await AssertErrorAsync(response, status, code, why);
    }

    [Fact]
    public async Task GenerateRefusesATokenInPlaceOfTheSecret()
    {
        var token = await client.GenerateTokenAsync();

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", token.Token);

        await AssertErrorAsync(response, HttpStatusCode.Forbidden, DirectLineErrorCodes.Forbidden);
    }

    [Fact]
    public async Task PostWithoutATokenIs401AndStoresNothing()
    {
        var conversation = await client.StartConversationAsync();

        using var response = await client.SendAsync(HttpMethod.Post, Activities(conversation), bearer: null, Message);

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, DirectLineErrorCodes.MissingToken);
        await AssertNothingStoredAsync(conversation);
    }

    [Fact]
    public async Task PostWithAnotherConversationsTokenIs403AndStoresNothing()
    {
        var conversation = await client.StartConversationAsync();
        var other = await client.StartConversationAsync();

        using var response = await client.SendAsync(HttpMethod.Post, Activities(conversation), other.Token, Message);

        await AssertErrorAsync(response, HttpStatusCode.Forbidden, DirectLineErrorCodes.Forbidden);
        await AssertNothingStoredAsync(conversation);
    }

    [Fact]
    public async Task PostWithATamperedTokenIs403()
    {
        var conversation = await client.StartConversationAsync();

        using var response = await client.SendAsync(HttpMethod.Post, Activities(conversation), conversation.Token[..^2] + "AA", Message);

        await AssertErrorAsync(response, HttpStatusCode.Forbidden, DirectLineErrorCodes.TokenInvalid);
        await AssertNothingStoredAsync(conversation);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public async Task MalformedBodyIs400AndStoresNothing(string body)
    {
        var conversation = await client.StartConversationAsync();

        using var response = await client.SendAsync(HttpMethod.Post, Activities(conversation), conversation.Token, body);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, DirectLineErrorCodes.BadArgument);
        await AssertNothingStoredAsync(conversation);
    }

    [Fact]
    public async Task UnknownConversationIs404()
    {
        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations/nope/activities", DirectLineHubFactory.Secret, Message);
        using var get = await client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nope/activities", DirectLineHubFactory.Secret);

        await AssertErrorAsync(response, HttpStatusCode.NotFound, DirectLineErrorCodes.NotFound);
        await AssertErrorAsync(get, HttpStatusCode.NotFound, DirectLineErrorCodes.NotFound);
    }

    [Fact]
    public async Task BodyOver64KiBIs413AndStoresNothing()
    {
        var conversation = await client.StartConversationAsync();
        var body = $$"""{"type":"message","text":"hi","value":"{{new string('x', 70 * 1024)}}"}""";

        using var response = await client.SendAsync(HttpMethod.Post, Activities(conversation), conversation.Token, body);

        await AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, DirectLineErrorCodes.MessageSizeTooBig);
        await AssertNothingStoredAsync(conversation);
    }

    [Fact]
    public async Task TextOverTheLimitIs413AndStoresNothing()
    {
        var conversation = await client.StartConversationAsync();
        var body = $$"""{"type":"message","text":"{{new string('好', 8001)}}"}""";

        using var response = await client.SendAsync(HttpMethod.Post, Activities(conversation), conversation.Token, body);

        await AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, DirectLineErrorCodes.MessageSizeTooBig);
        await AssertNothingStoredAsync(conversation);
    }

    [Fact]
    public async Task BadWatermarkIs400()
    {
        var conversation = await client.StartConversationAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"{Activities(conversation)}?watermark=abc", conversation.Token);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, DirectLineErrorCodes.BadArgument);
    }

    [Fact]
    public async Task StreamWithoutAWebSocketUpgradeIs400()
    {
        var conversation = await client.StartConversationAsync();

        using var response = await client.Http.GetAsync(new Uri(conversation.StreamUrl!).PathAndQuery);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, DirectLineErrorCodes.BadArgument);
    }

    private static string Activities(DirectLineConversation conversation) =>
        $"/v3/directline/conversations/{conversation.ConversationId}/activities";

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code, string? because = null)
    {
        Assert.True(status == response.StatusCode, $"{because}: expected {status}, got {response.StatusCode}");
        var body = await DirectLineTestClient.ReadAsync(response, DirectLineJsonContext.Default.DirectLineErrorResponse);
        Assert.Equal(code, body.Error.Code);
        Assert.False(string.IsNullOrEmpty(body.Error.Message));
    }

    private async Task AssertNothingStoredAsync(DirectLineConversation conversation)
    {
        var set = await client.GetActivitiesAsync(conversation);
        Assert.Empty(set.Activities);
        Assert.Null(set.Watermark);
        _ = JsonSerializer.Serialize(set, DirectLineJsonContext.Default.ActivitySet);
    }
}
