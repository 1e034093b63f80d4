using System.Net;
using ContactHub.Channels.WebChat;

namespace ContactHub.Hub.Tests.WebChat;

/// <summary>Makes the bot fail, so it has a hub of its own.</summary>
public sealed class DirectLineTurnFailureTests(DirectLineHubFactory hub) : IClassFixture<DirectLineHubFactory>
{
    private readonly DirectLineTestClient client = new(hub);

    [Fact]
    public async Task FailingTurnAnswers502BotRejectedActivityAndKeepsTheEcho()
    {
        var conversation = await client.StartConversationAsync();
        hub.Bot.Fail = true;

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token, """{"type":"message","text":"你好","channelData":{"clientActivityID":"c9"}}""");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var body = await DirectLineTestClient.ReadAsync(response, DirectLineJsonContext.Default.DirectLineErrorResponse);
        Assert.Equal(DirectLineErrorCodes.BotRejectedActivity, body.Error.Code);
        var echo = Assert.Single((await client.GetActivitiesAsync(conversation)).Activities);
        Assert.Equal("你好", echo.Text);
    }
}
