using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Runtime.Prompts;
using ContactHub.Dialogs.Tests.Flow;

namespace ContactHub.Dialogs.Tests.Prompts;

/// <summary>What prompts tell the host about understanding (issue 6: two misses in a row escalate).</summary>
public sealed class PromptUnderstandingTests
{
    private readonly DialogSet _dialogs = new(new PromptHostDialog(new NumberPrompt("n"), new PromptOptions { Prompt = "Mileage?", MaxAttempts = 2 }));
    private readonly DialogState _state = new();

    [Fact]
    public async Task ARetryIsNotYetAMissButGivingUpIs()
    {
        await TurnAsync("hi");

        Assert.Null((await TurnAsync("lots")).Understood);
        Assert.False((await TurnAsync("heaps")).Understood);
    }

    [Fact]
    public async Task ARecognizedAnswerIsUnderstood()
    {
        await TurnAsync("hi");

        Assert.True((await TurnAsync("两万公里")).Understood);
    }

    private async Task<TestTurnContext> TurnAsync(string text)
    {
        var turn = TestTurnContext.Message(text);
        await DialogRunner.RunAsync(_dialogs, nameof(PromptHostDialog), turn, _state, CancellationToken.None);
        return turn;
    }
}
