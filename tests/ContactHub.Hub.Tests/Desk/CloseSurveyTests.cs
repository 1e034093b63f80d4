using System.Net;
using ContactHub.Channels;
using ContactHub.Dialogs.Resources;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Hub.Tests.WebChat;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>Closing hands the conversation back to the bot, which begins the satisfaction survey (issue 6), on real Redis.</summary>
[Collection(RedisCollection.Name)]
public sealed class CloseSurveyTests(RedisServerFixture redis) : IAsyncLifetime
{
    private DeskHost Host { get; set; } = null!;

    public Task InitializeAsync()
    {
        Host = new DeskHost(redis.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task ClosingAsResolvedBeginsTheSurveyOverDirectLineAndTheCustomersScoreIsStored()
    {
        var client = Host.DirectLine();
        var conversation = await client.StartConversationAsync();
        var key = new ConversationKey(ChannelIds.WebChat, conversation.ConversationId);
        var customerId = await Host.AddLinkedCustomerAsync(key, "李明");
        await client.PostMessageAsync(conversation, "人工", "ask");
        using var agent = await Host.SignInAsync("agent1");
        Assert.Equal(HttpStatusCode.NoContent, (await agent.ClaimAsync(key)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await agent.CloseAsync(key, "resolved")).StatusCode);

        var afterClose = BotTexts(await client.GetActivitiesAsync(conversation));
        Assert.Equal(Strings.DeskClosed("zh-CN"), afterClose[^3]);
        Assert.Equal(Strings.SurveyIntroService("zh-CN"), afterClose[^2]);
        Assert.Equal(Strings.SurveyAskServiceOverall("zh-CN"), afterClose[^1]);
        var state = (await Host.Services.GetRequiredService<IConversationStore>().LoadAsync(key, CancellationToken.None)).State;
        Assert.Equal(ConversationMode.Bot, state.Mode);

        await client.PostMessageAsync(conversation, "5分", "score");

        Assert.Equal(Strings.SurveyAskAdvisor("zh-CN"), BotTexts(await client.GetActivitiesAsync(conversation))[^1]);
        var survey = Assert.Single(await Host.SurveysOfAsync(customerId));
        var answer = Assert.Single(survey.Answers);
        Assert.Equal(("overall", 5), (answer.QuestionId, answer.Score));
        Assert.Equal(ChannelIds.WebChat, survey.Channel);
    }

    [Fact]
    public async Task ClosingWithAComplaintOpenedSendsNoSurvey()
    {
        var key = TestActivities.NewKey();
        var customerId = await Host.AddLinkedCustomerAsync(key, "张伟");
        await Host.SendAsync(key, "人工");
        using var agent = await Host.SignInAsync("agent1");
        await agent.ClaimAsync(key);

        Assert.Equal(HttpStatusCode.NoContent, (await agent.CloseAsync(key, "complaint-opened")).StatusCode);

        Assert.Equal(Strings.DeskClosed("zh-CN"), Host.Channel.SentTo(key)[^1].Text);
        Assert.Empty(await Host.SurveysOfAsync(customerId));
        Assert.Empty((await Host.Services.GetRequiredService<IConversationStore>().LoadAsync(key, CancellationToken.None)).State.Dialogs.Stack);
    }

    private static List<string?> BotTexts(ContactHub.Channels.WebChat.ActivitySet set) =>
        set.Activities.Where(a => a.From?.Role == "bot" && a.Type == ActivityTypes.Message).Select(a => a.Text).ToList();
}
