using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Tests.Flow;

namespace ContactHub.Dialogs.Tests.Runtime;

public sealed class ComponentDialogTests
{
    private readonly List<string> _events = [];

    [Fact]
    public Task OuterStackHoldsOneEntryWhileTheInnerStackLivesInItsState() =>
        new ConversationFlow(new OrderDialog(), DialogLocale.English)
            .Send("hi").AssertReply("Name?")
            .AssertState(state =>
            {
                var component = Assert.Single(state.Stack);
                var inner = component.ReadState(DialogJsonContext.Default.DialogState)!;
                Assert.Equal(["WaterfallDialog", "TextPrompt"], inner.Stack.Select(i => i.Id), StringComparer.Ordinal);
            })
            .RunAsync();

    [Fact]
    public Task ComponentChildCompletesAndResumesItsParentWithTheInnerResult() =>
        new ConversationFlow(() => new ParentDialog(nameof(OrderDialog), new OrderDialog()), DialogLocale.English)
            .Send("hi").AssertReply("Name?")
            .Send("Faye").AssertReply("How many?")
            .Send("1").AssertReply("Express? (yes or no)")
            .Send("nope").AssertReply("Faye x1 express=False").AssertReply("child said: Faye x1 express=False")
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

    [Fact]
    public Task CancellingAComponentCancelsItsInnerDialogsFirst() =>
        new ConversationFlow(new ParentDialog("inner", new RecordingDialog("inner", _events)))
            .Send("hi").AssertReply("begin inner")
            .CancelAll()
            .AssertStatus(DialogTurnStatus.Cancelled)
            .AssertState(state => Assert.Equal(["inner:CancelCalled"], _events, StringComparer.Ordinal))
            .RunAsync();

    [Fact]
    public async Task InnerDialogsCanBeginDialogsRegisteredOutsideTheComponent()
    {
        var dialogs = new DialogSet(new ParentDialog("shared"), new RecordingDialog("shared", _events));
        var turn = TestTurnContext.Message("hi");

        await DialogRunner.RunAsync(dialogs, nameof(ParentDialog), turn, new DialogState(), CancellationToken.None);

        Assert.Equal(["begin shared"], turn.Replies.Select(r => r.Text), StringComparer.Ordinal);
    }
}
