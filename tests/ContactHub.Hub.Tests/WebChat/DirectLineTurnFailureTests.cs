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
        var (conversation, response) = await PostToAFailingBotAsync("你好");

        using (response)
        {
            var body = await DirectLineTestClient.ReadAsync(response, DirectLineJsonContext.Default.DirectLineErrorResponse);
            Assert.Equal(DirectLineErrorCodes.BotRejectedActivity, body.Error.Code);
        }

        Assert.Single((await client.GetActivitiesAsync(conversation)).Activities, a => a.Text == "你好" && a.Id is not null);
    }

    /// <summary>Web Chat sees the echo and shows the message as sent, so it is not posted again: a person must see it.</summary>
    [Fact]
    public async Task FailingTurnPutsTheMessageInTheTranscriptAndQueuesTheConversationForAnAgent()
    {
        var (conversation, response) = await PostToAFailingBotAsync("保养后发动机有异响，能帮我看看吗");
        response.Dispose();

        var key = new ConversationKey(ChannelIds.WebChat, conversation.ConversationId);
        await using var db = await hub.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        var transcript = await db.Transcript.AsNoTracking().Where(t => t.Channel == key.Channel && t.UserId == key.UserId).ToListAsync();
        var inbound = Assert.Single(transcript, t => t.Direction == TranscriptDirection.Inbound);
        Assert.Equal(("保养后发动机有异响，能帮我看看吗", FailedTurnRecovery.TurnFailedStatus), (inbound.Text, inbound.DeliveryStatus));
        Assert.Contains(await hub.Services.GetRequiredService<IDeskIndex>().QueuedAsync(CancellationToken.None), e => e.Key == key);
    }

    /// <summary>Starts a conversation and posts <paramref name="text"/> to a bot that throws: the answer is 502.</summary>
    private async Task<(DirectLineConversation Conversation, HttpResponseMessage Response)> PostToAFailingBotAsync(string text)
    {
        var conversation = await client.StartConversationAsync();
        hub.Bot.Fail = true;
        var response = await client.SendAsync(
            HttpMethod.Post,
            $"/v3/directline/conversations/{conversation.ConversationId}/activities",
            conversation.Token,
            $$$"""{"type":"message","text":"{{{text}}}","channelData":{"clientActivityID":"c9"}}""");
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        return (conversation, response);
    }
}
