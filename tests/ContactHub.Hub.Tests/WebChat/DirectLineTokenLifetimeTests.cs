using System.Net;
using ContactHub.Channels.WebChat;

namespace ContactHub.Hub.Tests.WebChat;

/// <summary>Moves the hub's clock, so it has a hub of its own.</summary>
public sealed class DirectLineTokenLifetimeTests(DirectLineHubFactory hub) : IClassFixture<DirectLineHubFactory>
{
    private readonly DirectLineTestClient client = new(hub);

    [Fact]
    public async Task ExpiredTokenIs403TokenExpiredAndCannotBeRefreshed()
    {
        var conversation = await client.StartConversationAsync();
        hub.Clock.Advance(TimeSpan.FromSeconds(1801));

        using var post = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token, """{"type":"message","text":"hi"}""");
        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);

        foreach (var response in new[] { post, refresh })
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var body = await DirectLineTestClient.ReadAsync(response, DirectLineJsonContext.Default.DirectLineErrorResponse);
            Assert.Equal(DirectLineErrorCodes.TokenExpired, body.Error.Code);
        }

        Assert.Empty((await client.GetActivitiesAsync(conversation)).Activities);
    }
}
