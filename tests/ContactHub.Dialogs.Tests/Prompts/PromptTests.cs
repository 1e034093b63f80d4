using ContactHub.Channels;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Runtime.Prompts;
using ContactHub.Dialogs.Tests.Flow;

namespace ContactHub.Dialogs.Tests.Prompts;

public sealed class PromptTests
{
    private static readonly Choice[] Colors = [new("Red"), new("Blue", ["navy"]), new("Green")];

    [Fact]
    public Task SendsTheRetryPromptAfterUnrecognizedInputThenAcceptsAnAnswer() =>
        new ConversationFlow(Host(new NumberPrompt("n"), new PromptOptions { Prompt = "Mileage?", RetryPrompt = "Digits please." }))
            .Send("hi").AssertReply("Mileage?")
            .Send("lots").AssertReply("Digits please.").AssertStatus(DialogTurnStatus.Waiting)
            .Send("两千零二十六").AssertReply("got: 2026").AssertStatus(DialogTurnStatus.Complete).AssertResult(2026m)
            .RunAsync();

    [Theory]
    [InlineData("number", "zh-CN", "不知道")]
    [InlineData("number", "en", "no idea")]
    [InlineData("confirm", "zh-CN", "也许吧")]
    [InlineData("confirm", "en", "maybe")]
    [InlineData("choice", "zh-CN", "紫色")]
    [InlineData("choice", "en", "purple")]
    [InlineData("text", "zh-CN", "   ")]
    [InlineData("text", "en", "")]
    public Task SendsThePromptTypesOwnRetryTextInTheTurnsLocale(string kind, string locale, string badInput)
    {
        var (prompt, retry) = kind switch
        {
            "number" => ((Dialog)new NumberPrompt("p"), Strings.NumberRetry(locale)),
            "confirm" => (new ConfirmPrompt("p"), Strings.ConfirmRetry(locale)),
            "choice" => (new ChoicePrompt("p"), Strings.ChoiceRetry(locale)),
            _ => (new TextPrompt("p"), Strings.TextRetry(locale)),
        };

        return new ConversationFlow(Host(prompt, new PromptOptions { Prompt = "Q", Choices = Colors }), locale)
            .Send("hi").AssertReplyContains("Q")
            .Send(badInput).AssertReply(retry)
            .RunAsync();
    }

    [Fact]
    public Task GivesUpWithANoAnswerResultWhenTheRetryLimitIsReached() =>
        new ConversationFlow(Host(new NumberPrompt("n"), new PromptOptions { Prompt = "Age?", RetryPrompt = "Again?", MaxAttempts = 2 }))
            .Send("hi").AssertReply("Age?")
            .Send("x").AssertReply("Again?")
            .Send("y").AssertReply("got: no answer")
            .AssertStatus(DialogTurnStatus.Complete).AssertResult(null)
            .RunAsync();

    [Fact]
    public Task ValidatorCanRejectARecognizedValueAndSeesTheAttemptCount()
    {
        var attempts = new List<int>();
        var prompt = new NumberPrompt("n", (ctx, _) =>
        {
            attempts.Add(ctx.AttemptCount);
            return Task.FromResult(ctx.Recognized.Succeeded && ctx.Recognized.Value is > 0 and <= 10);
        });

        return new ConversationFlow(Host(prompt, new PromptOptions { Prompt = "1-10?", RetryPrompt = "Between 1 and 10." }))
            .Send("hi").AssertReply("1-10?")
            .Send("35").AssertReply("Between 1 and 10.")
            .Send("abc").AssertReply("Between 1 and 10.")
            .Send("五").AssertReply("got: 5")
            .AssertState(_ => Assert.Equal([1, 2, 3], attempts))
            .RunAsync();
    }

    [Fact]
    public Task RestartPromptReshowsTheFirstPromptWithoutCountingAnAttempt()
    {
        var prompt = new TextPrompt("t", (ctx, _) =>
        {
            if (ctx.Turn.Activity.Text == "hello")
            {
                ctx.RestartPrompt();
            }

            return Task.FromResult(ctx.Turn.Activity.Text == "ok");
        });

        return new ConversationFlow(Host(prompt, new PromptOptions { Prompt = "Say ok", RetryPrompt = "Not ok", MaxAttempts = 2 }))
            .Send("start").AssertReply("Say ok")
            .Send("hello").AssertReply("Say ok")
            .Send("hello").AssertReply("Say ok")
            .Send("bad").AssertReply("Not ok")
            .Send("hello").AssertReply("Say ok")
            .Send("bad").AssertReply("got: no answer")
            .RunAsync();
    }

    [Fact]
    public Task ChoicePromptOffersChoicesAsSuggestedActionsAndAgainOnRetry() =>
        new ConversationFlow(Host(new ChoicePrompt("c"), new PromptOptions { Prompt = "Colour?", Choices = Colors }), "en")
            .Send("hi").AssertReply("Colour?").AssertSuggestedActions("Red", "Blue", "Green")
            .Send("purple").AssertReply(Strings.ChoiceRetry("en")).AssertSuggestedActions("Red", "Blue", "Green")
            .Send("second").AssertReply("got: 1:Blue").AssertResult(new FoundChoice("Blue", 1))
            .RunAsync();

    [Theory]
    [InlineData("zh-CN", "要洗车吗？（请回复“是”或“否”）", "是", "否", "好的", "True")]
    [InlineData("zh-CN", "要洗车吗？（请回复“是”或“否”）", "是", "否", "不用了", "False")]
    [InlineData("en", "要洗车吗？ (yes or no)", "Yes", "No", "sure", "True")]
    [InlineData("en", "要洗车吗？ (yes or no)", "Yes", "No", "2", "False")]
    public Task ConfirmPromptAddsTheLocalesHintAndOffersYesAndNo(string locale, string asked, string yes, string no, string answer, string got) =>
        new ConversationFlow(Host(new ConfirmPrompt("c"), new PromptOptions { Prompt = "要洗车吗？" }), locale)
            .Send("hi").AssertReply(asked).AssertSuggestedActions(yes, no)
            .Send(answer).AssertReply("got: " + got)
            .RunAsync();

    [Fact]
    public Task NonMessageActivitiesAreNeitherAnswersNorFailedAttempts() =>
        new ConversationFlow(Host(new NumberPrompt("n"), new PromptOptions { Prompt = "How many?", MaxAttempts = 1 }))
            .Send("hi").AssertReply("How many?")
            .Send(new Activity { Type = ActivityTypes.Typing }).AssertNoMoreReplies().AssertStatus(DialogTurnStatus.Waiting)
            .Send("3").AssertReply("got: 3")
            .RunAsync();

    private static PromptHostDialog Host(Dialog prompt, PromptOptions options) => new(prompt, options);
}
