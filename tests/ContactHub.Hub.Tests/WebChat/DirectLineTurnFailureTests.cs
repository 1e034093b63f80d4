using System.Net;
using ContactHub.Channels;
using ContactHub.Channels.WebChat;
using ContactHub.Hub.Desk;
using ContactHub.Hub.Inbound;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

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

        using var response = await PostAsync(conversation, "你好");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var body = await DirectLineTestClient.ReadAsync(response, DirectLineJsonContext.Default.DirectLineErrorResponse);
        Assert.Equal(DirectLineErrorCodes.BotRejectedActivity, body.Error.Code);
        var echo = Assert.Single((await client.GetActivitiesAsync(conversation)).Activities, a => a.Text == "你好");
        Assert.Equal("你好", echo.Text);
    }

    /// <summary>Web Chat sees the echo and shows the message as sent, so it is not posted again: a person must see it.</summary>
    [Fact]
    public async Task FailingTurnPutsTheMessageInTheTranscriptAndQueuesTheConversationForAnAgent()
    {
        var conversation = await client.StartConversationAsync();
        hub.Bot.Fail = true;

        using var response = await PostAsync(conversation, "保养后发动机有异响，能帮我看看吗");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var key = new ConversationKey(ChannelIds.WebChat, conversation.ConversationId);
        await using var db = await hub.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        var transcript = await db.Transcript.AsNoTracking().Where(t => t.Channel == key.Channel && t.UserId == key.UserId).ToListAsync();
        var inbound = Assert.Single(transcript, t => t.Direction == TranscriptDirection.Inbound);
        Assert.Equal(("保养后发动机有异响，能帮我看看吗", FailedTurnRecovery.TurnFailedStatus), (inbound.Text, inbound.DeliveryStatus));
        Assert.Contains(await hub.Services.GetRequiredService<IDeskIndex>().QueuedAsync(CancellationToken.None), e => e.Key == key);
    }

    private Task<HttpResponseMessage> PostAsync(DirectLineConversation conversation, string text) =>
        client.SendAsync(
            HttpMethod.Post,
            $"/v3/directline/conversations/{conversation.ConversationId}/activities",
            conversation.Token,
            $$$"""{"type":"message","text":"{{{text}}}","channelData":{"clientActivityID":"c9"}}""");
}
