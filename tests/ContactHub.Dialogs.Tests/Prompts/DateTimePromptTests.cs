using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Runtime.Prompts;
using ContactHub.Dialogs.Tests.Flow;
using ContactHub.Dialogs.Tests.Recognition;

namespace ContactHub.Dialogs.Tests.Prompts;

public sealed class DateTimePromptTests
{
    private static readonly FixedClock Clock = new(RecognizerTable.Now);

    [Theory]
    [InlineData("zh-CN", "明天下午三点", "2026-11-28T15:00:00+08:00")]
    [InlineData("zh-CN", "下周二上午", "2026-12-01T09:00:00+08:00")]
    [InlineData("zh-CN", "11月30号10点吧", "2026-11-30T10:00:00+08:00")]
    [InlineData("zh-CN", "周六", "2026-11-28")]
    [InlineData("en", "tomorrow 3pm", "2026-11-28T15:00:00+08:00")]
    [InlineData("en", "next Tuesday morning", "2026-12-01T09:00:00+08:00")]
    [InlineData("en", "Saturday please", "2026-11-28")]
    public Task EndsWithTheDateTimeReadRelativeToTheClock(string locale, string answer, string value) =>
        new ConversationFlow(Host(new DateTimePrompt("when", clock: Clock)), locale)
            .Send("hi").AssertReply("When?")
            .Send(answer).AssertReply("got: " + value)
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

    [Theory]
    [InlineData("zh-CN", "随便")]
    [InlineData("en", "whenever")]
    public Task RetriesInTheTurnsLocaleWhenNoDateTimeIsFound(string locale, string answer) =>
        new ConversationFlow(Host(new DateTimePrompt("when", clock: Clock)), locale)
            .Send("hi").AssertReply("When?")
            .Send(answer).AssertReply(Strings.DateTimeRetry(locale)).AssertStatus(DialogTurnStatus.Waiting)
            .Send(locale == "en" ? "tomorrow 3pm" : "明天下午三点").AssertReply("got: 2026-11-28T15:00:00+08:00")
            .RunAsync();

    [Fact]
    public Task ValidatorCanInsistOnATimeOfDay()
    {
        var prompt = new DateTimePrompt("when", (ctx, _) => Task.FromResult(ctx.Recognized.Value?.Time is not null), Clock);
        return new ConversationFlow(Host(prompt, "Need a time."))
            .Send("hi").AssertReply("When?")
            .Send("周六").AssertReply("Need a time.")
            .Send("周六上午十点").AssertReply("got: 2026-11-28T10:00:00+08:00")
            .RunAsync();
    }

    [Fact]
    public Task GivesUpWithNoAnswerAtTheRetryLimit() =>
        new ConversationFlow(Host(new DateTimePrompt("when", clock: Clock), "Again?", maxAttempts: 2))
            .Send("hi").AssertReply("When?")
            .Send("不知道").AssertReply("Again?")
            .Send("再说吧").AssertReply("got: no answer")
            .AssertStatus(DialogTurnStatus.Complete).AssertResult(null)
            .RunAsync();

    [Fact]
    public void DateTimeRetryTextDiffersByLocale() =>
        Assert.NotEqual(Strings.DateTimeRetry("en"), Strings.DateTimeRetry("zh-CN"), StringComparer.Ordinal);

    private static PromptHostDialog Host(DateTimePrompt prompt, string? retry = null, int maxAttempts = 3) =>
        new(prompt, new PromptOptions { Prompt = "When?", RetryPrompt = retry, MaxAttempts = maxAttempts });
}
