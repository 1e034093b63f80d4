using Xunit.Sdk;

namespace ContactHub.Dialogs.Tests.Flow;

/// <summary>The harness must be able to fail: these scripts are wrong on purpose.</summary>
public sealed class ConversationFlowTests
{
    [Fact]
    public async Task CatchesADialogThatKeepsStateInMemoryBecauseEveryTurnGetsAFreshInstance()
    {
        var flow = new ConversationFlow(() => new ForgetfulDialog())
            .Send("start").AssertReply("ready")
            .Send("one").AssertReply("before: ")
            .Send("two").AssertReply("before: one");

        await Assert.ThrowsAsync<EqualException>(flow.RunAsync);
    }

    [Fact]
    public async Task FailsWhenABotReplyIsLeftUnasserted()
    {
        var flow = new ConversationFlow(() => new ForgetfulDialog()).Send("start");

        var error = await Assert.ThrowsAsync<TrueException>(flow.RunAsync);

        Assert.Contains("ready", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailsWhenAReplyIsExpectedButNoneCame()
    {
        var flow = new ConversationFlow(() => new ForgetfulDialog())
            .Send("start").AssertReply("ready").AssertReply("more");

        await Assert.ThrowsAsync<TrueException>(flow.RunAsync);
    }
}
