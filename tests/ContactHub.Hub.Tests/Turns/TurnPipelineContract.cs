using ContactHub.Dialogs.Resources;
using ContactHub.Hub.Records;
using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.Turns;

/// <summary>The turn pipeline end to end through the real hub; runs once in process and once on Redis.</summary>
public abstract class TurnPipelineContract : IAsyncLifetime
{
    protected PipelineHost Host { get; private set; } = null!;

    protected abstract string? Redis { get; }

    public Task InitializeAsync()
    {
        Host = new PipelineHost(Redis);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task GreetingGetsTheMainMenuOnTheCustomersChannel()
    {
        var key = TestActivities.NewKey();

        var outcome = await Host.SendAsync(key, "你好");

        Assert.False(outcome.Duplicate);
        var sent = Host.Channel.SentTo(key);
        Assert.NotEmpty(sent);
        Assert.Equal(outcome.Replies, sent);
        Assert.Contains(sent, a => a.SuggestedActions?.Actions.Any(x => x.Title == "预约保养") == true);
        Assert.All(sent, a => Assert.Equal(key.UserId, a.Recipient?.Id));
    }

    [Fact]
    public async Task EnglishClientGetsTheMenuInEnglish()
    {
        var key = TestActivities.NewKey();

        await Host.SendAsync(key, "hello", locale: "en-US");

        var sent = Host.Channel.SentTo(key);
        Assert.Contains(sent, a => a.SuggestedActions?.Actions.Any(x => x.Title == "Book service") == true);
        Assert.DoesNotContain(sent, a => a.Text?.Contains("您好", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task RetriedDeliveryRunsOneTurn()
    {
        var key = TestActivities.NewKey();

        var first = await Host.SendAsync(key, "你好", id: "delivery-1");
        var again = await Host.SendAsync(key, "你好", id: "delivery-1");

        Assert.False(first.Duplicate);
        Assert.True(again.Duplicate);
        Assert.Equal(first.Replies.Count, Host.Channel.SentTo(key).Count);
        Assert.Equal(1, (await Host.Store.LoadAsync(key, CancellationToken.None)).Version);
    }

    [Fact]
    public async Task TwentyConcurrentMessagesAreAllAnsweredAndAdvanceTheVersionByTwenty()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "你好");
        var before = await Host.Store.LoadAsync(key, CancellationToken.None);
        var repliesBefore = Host.Channel.SentTo(key).Count;

        // Messages the bot always answers itself: an ordinal such as 第4条 picks 人工客服 and queues the conversation, after which the bot is rightly silent.
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Host.SendAsync(key, i % 2 == 0 ? "门店信息" : "帮助")));

        var after = await Host.Store.LoadAsync(key, CancellationToken.None);
        Assert.Equal(before.Version + 20, after.Version);
        Assert.Equal(before.State.TurnCount + 20, after.State.TurnCount);
        Assert.All(outcomes, o => Assert.NotEmpty(o.Replies));
        Assert.Equal(repliesBefore + outcomes.Sum(o => o.Replies.Count), Host.Channel.SentTo(key).Count);
    }

    [Fact]
    public async Task EveryInboundAndOutboundMessageIsInTheTranscript()
    {
        var key = TestActivities.NewKey();

        var outcome = await Host.SendAsync(key, "你好", id: "m-1");

        var transcript = await Host.TranscriptAsync(key);
        Assert.Equal(1 + outcome.Replies.Count, transcript.Count);
        Assert.Equal(TranscriptDirection.Inbound, transcript[0].Direction);
        Assert.Equal("你好", transcript[0].Text);
        Assert.Equal("m-1", transcript[0].ActivityId);
        Assert.All(transcript.Skip(1), t =>
        {
            Assert.Equal(TranscriptDirection.Outbound, t.Direction);
            Assert.Equal("accepted", t.DeliveryStatus);
        });
    }

    [Theory]
    [InlineData("帮助", "zh-CN")]
    [InlineData("help", "en-US")]
    public async Task HelpAnswersWithoutLeavingTheDialog(string text, string locale)
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "你好", locale);
        var stackBefore = (await Host.Store.LoadAsync(key, CancellationToken.None)).State.Dialogs.Stack.Count;

        var outcome = await Host.SendAsync(key, text, locale);

        var reply = Assert.Single(outcome.Replies);
        Assert.Equal(Strings.Get(nameof(Strings.Help), locale.StartsWith("en", StringComparison.Ordinal) ? "en" : "zh-CN"), reply.Text);
        Assert.Equal(stackBefore, (await Host.Store.LoadAsync(key, CancellationToken.None)).State.Dialogs.Stack.Count);
    }

    [Fact]
    public async Task CancelEmptiesTheDialogStackAndSaysSo()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "你好");
        Assert.NotEmpty((await Host.Store.LoadAsync(key, CancellationToken.None)).State.Dialogs.Stack);

        var outcome = await Host.SendAsync(key, "取消");

        Assert.Equal(Strings.Get(nameof(Strings.Cancelled), "zh-CN"), Assert.Single(outcome.Replies).Text);
        Assert.Empty((await Host.Store.LoadAsync(key, CancellationToken.None)).State.Dialogs.Stack);
    }

    [Fact]
    public async Task MenuStartsTheMainMenuAfresh()
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "取消");

        var outcome = await Host.SendAsync(key, "菜单");

        Assert.Contains(outcome.Replies, a => a.SuggestedActions?.Actions.Any(x => x.Title == "门店信息") == true);
    }

    [Fact]
    public async Task AskingForAPersonQueuesTheConversationForAnAgent()
    {
        var key = TestActivities.NewKey();

        var outcome = await Host.SendAsync(key, "转人工");

        Assert.Single(outcome.Replies);
        Assert.Equal(ContactHub.Hub.State.ConversationMode.Queued, (await Host.Store.LoadAsync(key, CancellationToken.None)).State.Mode);
    }
}
