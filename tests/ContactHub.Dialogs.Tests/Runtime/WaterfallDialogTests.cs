using System.Text.Json;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Tests.Flow;

namespace ContactHub.Dialogs.Tests.Runtime;

public sealed class WaterfallDialogTests
{
    [Fact]
    public Task BeginsRootOnFirstMessageAndWaitsOnItsFirstPrompt() =>
        new ConversationFlow(new OrderDialog(), DialogLocale.English)
            .Send("hello")
            .AssertReply("Name?")
            .AssertStatus(DialogTurnStatus.Waiting)
            .AssertState(state => Assert.Equal([nameof(OrderDialog)], state.Stack.Select(i => i.Id), StringComparer.Ordinal))
            .RunAsync();

    [Fact]
    public Task CarriesTypedValuesAcrossTurnsAndCompletesWithTheLastStepsResult() =>
        new ConversationFlow(() => new OrderDialog(), DialogLocale.English)
            .Send("hello").AssertReply("Name?")
            .Send("Alice").AssertReply("How many?")
            .Send("三十五").AssertReply("Express? (yes or no)")
            .Send("yes").AssertReply("Alice x35 express=True")
            .AssertStatus(DialogTurnStatus.Complete)
            .AssertResult("Alice x35 express=True")
            .AssertState(state => Assert.Empty(state.Stack))
            .RunAsync();

    [Fact]
    public Task BeginsAgainAfterCompletingWhenTheNextMessageArrives() =>
        new ConversationFlow(new OrderDialog(), DialogLocale.English)
            .Send("hello").AssertReply("Name?")
            .Send("Bob").AssertReply("How many?")
            .Send("2").AssertReply("Express? (yes or no)")
            .Send("no").AssertReply("Bob x2 express=False")
            .Send("again").AssertReply("Name?")
            .RunAsync();

    [Fact]
    public async Task OptionsSeedTheValuesAndNextAsyncSkipsAStepInTheSameTurn()
    {
        var turn = TestTurnContext.Message("start", DialogLocale.English);
        var state = new DialogState();

        var result = await DialogRunner.BeginAsync(new DialogSet(new OrderDialog()), nameof(OrderDialog), new OrderValues { Name = "Carol" }, turn, state, CancellationToken.None);

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal(["How many?"], turn.Replies.Select(r => r.Text), StringComparer.Ordinal);
    }

    [Fact]
    public async Task RejectsOptionsOfAnotherTypeBecauseTheyCouldNotBeStored()
    {
        var turn = TestTurnContext.Message("start");
        var dialogs = new DialogSet(new OrderDialog());

        await Assert.ThrowsAsync<ArgumentException>(() =>
            DialogRunner.BeginAsync(dialogs, nameof(OrderDialog), new EchoValues(), turn, new DialogState(), CancellationToken.None));
    }

    [Fact]
    public async Task StopsMidWaterfallAndResumesFromJsonOnAnotherInstance()
    {
        var firstHub = new OrderDialog();
        var state = new DialogState();
        await DialogRunner.RunAsync(firstHub, TestTurnContext.Message("hi", DialogLocale.English), state, CancellationToken.None);
        await DialogRunner.RunAsync(firstHub, TestTurnContext.Message("Dana", DialogLocale.English), state, CancellationToken.None);

        var stored = JsonSerializer.Serialize(state, DialogJsonContext.Default.DialogState);
        var restored = JsonSerializer.Deserialize(stored, DialogJsonContext.Default.DialogState)!;
        var secondHub = new OrderDialog();
        var turn = TestTurnContext.Message("7", DialogLocale.English);
        await DialogRunner.RunAsync(secondHub, turn, restored, CancellationToken.None);

        Assert.Contains("\"Name\":\"Dana\"", stored, StringComparison.Ordinal);
        Assert.Contains("\"step\":1", stored, StringComparison.Ordinal);
        Assert.Equal(["Express? (yes or no)"], turn.Replies.Select(r => r.Text), StringComparer.Ordinal);
    }

    [Fact]
    public async Task StoredStateIsPlainJsonWithoutTypeNames()
    {
        var state = new DialogState();
        await DialogRunner.RunAsync(new OrderDialog(), TestTurnContext.Message("hi"), state, CancellationToken.None);

        var json = JsonSerializer.Serialize(state, DialogJsonContext.Default.DialogState);

        Assert.StartsWith("{\"stack\":[{\"id\":\"OrderDialog\",\"state\":{\"stack\":[{\"id\":\"WaterfallDialog\",\"state\":{\"step\":0,", json, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
    }
}
