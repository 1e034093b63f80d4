using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Tests.Flow;

namespace ContactHub.Dialogs.Tests.Runtime;

public sealed class DialogContextTests
{
    private readonly List<string> _events = [];

    [Fact]
    public async Task ContinueOnAnEmptyStackReturnsEmpty()
    {
        var dc = new DialogContext(new DialogSet(), TestTurnContext.Message("hi"), new DialogState());

        var result = await dc.ContinueDialogAsync(CancellationToken.None);

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task BeginPushesAnInstanceWithJsonStateAndMakesItActive()
    {
        var dc = Context(new RecordingDialog("a", _events));

        var result = await dc.BeginDialogAsync("a", options: null, CancellationToken.None);

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal("a", dc.ActiveDialog?.Id);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, dc.ActiveDialog?.State.ValueKind);
    }

    [Fact]
    public Task EndingAChildResumesItsParentWithTheChildsResultInTheSameTurn() =>
        new ConversationFlow(new ParentDialog("child", new RecordingDialog("child", _events)))
            .Send("go").AssertReply("begin child").AssertStatus(DialogTurnStatus.Waiting)
            .Send("still thinking").AssertNoMoreReplies().AssertStatus(DialogTurnStatus.Waiting)
            .Send("end now").AssertReply("child said: END NOW")
            .AssertStatus(DialogTurnStatus.Complete)
            .AssertResult("END NOW")
            .RunAsync();

    [Fact]
    public async Task ReplaceSwapsTheTopDialogWithoutResumingTheParent()
    {
        var dc = Context(new RecordingDialog("parent", _events), new RecordingDialog("a", _events), new RecordingDialog("b", _events));
        await dc.BeginDialogAsync("parent", options: null, CancellationToken.None);
        await dc.BeginDialogAsync("a", options: null, CancellationToken.None);

        await dc.ReplaceDialogAsync("b", options: null, CancellationToken.None);

        Assert.Equal(["parent", "b"], dc.Stack.Select(i => i.Id), StringComparer.Ordinal);
        Assert.Equal(["a:ReplaceCalled"], _events, StringComparer.Ordinal);
    }

    [Fact]
    public async Task CancelAllEmptiesTheStackAndRunsEveryEndHookTopFirst()
    {
        var dc = Context(new RecordingDialog("parent", _events), new RecordingDialog("a", _events));
        await dc.BeginDialogAsync("parent", options: null, CancellationToken.None);
        await dc.BeginDialogAsync("a", options: null, CancellationToken.None);

        var result = await dc.CancelAllDialogsAsync(CancellationToken.None);

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Empty(dc.Stack);
        Assert.Equal(["a:CancelCalled", "parent:CancelCalled"], _events, StringComparer.Ordinal);
    }

    [Fact]
    public async Task CancelAllOnAnEmptyStackReturnsEmpty()
    {
        var result = await Context().CancelAllDialogsAsync(CancellationToken.None);

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task CancelAllDropsInstancesOfDialogsThatNoLongerExist()
    {
        var state = new DialogState { Stack = [new DialogInstance { Id = "RemovedInLastDeploy", State = DialogInstanceState.EmptyObject }] };

        var result = await DialogRunner.CancelAllAsync(new DialogSet(), TestTurnContext.Message("取消"), state, CancellationToken.None);

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Empty(state.Stack);
    }

    [Fact]
    public async Task BeginningAnUnknownDialogIsAnError()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Context().BeginDialogAsync("Nope", options: null, CancellationToken.None));

        Assert.Contains("Nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunnerBeginAsyncCancelsWhatWasRunningThenBeginsTheNamedDialog()
    {
        var dialogs = new DialogSet(new RecordingDialog("menu", _events), new RecordingDialog("survey", _events));
        var state = new DialogState();
        await DialogRunner.RunAsync(dialogs, "menu", TestTurnContext.Message("hi"), state, CancellationToken.None);

        var turn = TestTurnContext.Message("campaign");
        await DialogRunner.BeginAsync(dialogs, "survey", options: null, turn, state, CancellationToken.None);

        Assert.Equal(["survey"], state.Stack.Select(i => i.Id), StringComparer.Ordinal);
        Assert.Equal(["menu:CancelCalled"], _events, StringComparer.Ordinal);
        Assert.Equal(["begin survey"], turn.Replies.Select(r => r.Text), StringComparer.Ordinal);
    }

    [Fact]
    public Task HubCancelLeavesAnEmptyStackSoTheNextMessageBeginsTheRootAgain() =>
        new ConversationFlow(new OrderDialog(), DialogLocale.English)
            .Send("hi").AssertReply("Name?")
            .Send("Erin").AssertReply("How many?")
            .CancelAll().AssertStatus(DialogTurnStatus.Cancelled).AssertState(state => Assert.Empty(state.Stack))
            .Send("hi again").AssertReply("Name?")
            .RunAsync();

    private static DialogContext Context(params Dialog[] dialogs) =>
        new(new DialogSet(dialogs), TestTurnContext.Message("hi"), new DialogState());
}
