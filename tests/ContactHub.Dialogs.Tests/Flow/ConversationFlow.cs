using System.Text.Json;
using ContactHub.Channels;
using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Tests.Flow;

/// <summary>
/// A fluent script of turns (BotBuilder's TestFlow). Every turn runs the real <see cref="DialogRunner"/> on state that
/// was serialized to JSON after the previous turn and deserialized into a fresh <see cref="DialogState"/>, the way the
/// Hub stores it in Redis and another hub instance loads it. Given a dialog factory, each turn also gets a new dialog
/// object, so nothing can survive in memory. Replies must be asserted in order; unasserted replies fail the flow.
/// </summary>
public sealed class ConversationFlow
{
    private readonly Func<Dialog> _dialogFactory;
    private readonly string _locale;
    private readonly List<Func<Task>> _script = [];
    private readonly Queue<Activity> _pending = new();
    private Activity? _lastReply;
    private DialogTurnResult? _lastResult;

    public ConversationFlow(Dialog dialog, string locale = DialogLocale.Chinese)
        : this(() => dialog, locale)
    {
    }

    public ConversationFlow(Func<Dialog> dialogFactory, string locale = DialogLocale.Chinese)
    {
        _dialogFactory = dialogFactory;
        _locale = locale;
    }

    /// <summary>The stored state as the Hub would hold it after the last turn.</summary>
    public string StateJson { get; private set; } = JsonSerializer.Serialize(new DialogState(), DialogJsonContext.Default.DialogState);

    /// <summary>Starts from a conversation stored earlier (by an older hub, say) instead of an empty stack.</summary>
    public ConversationFlow FromStoredState(string stateJson)
    {
        StateJson = stateJson;
        return this;
    }

    public ConversationFlow Send(string text) => Send(TestTurnContext.UserMessage(text, _locale));

    public ConversationFlow Send(Activity activity) => Turn(activity, (root, turn, state) => DialogRunner.RunAsync(root, turn, state, CancellationToken.None));

    /// <summary>What the Hub does for 取消/cancel: cancel the stack through the runtime, on the stored state.</summary>
    public ConversationFlow CancelAll(string text = "取消") =>
        Turn(TestTurnContext.UserMessage(text, _locale), (root, turn, state) => DialogRunner.CancelAllAsync(new DialogSet(root), turn, state, CancellationToken.None));

    public ConversationFlow AssertReply(string expected) => Then(() => Assert.Equal(expected, NextReply().Text));

    public ConversationFlow AssertReplyContains(params string[] fragments) => Then(() =>
    {
        var text = NextReply().Text ?? "";
        Assert.All(fragments, fragment => Assert.Contains(fragment, text, StringComparison.Ordinal));
    });

    /// <summary>Checks the suggested actions of the reply asserted last.</summary>
    public ConversationFlow AssertSuggestedActions(params string[] titles) => Then(() =>
    {
        var reply = _lastReply ?? throw new InvalidOperationException("AssertSuggestedActions must follow a reply assertion.");
        Assert.Equal(titles, reply.SuggestedActions?.Actions.Select(a => a.Title) ?? [], StringComparer.Ordinal);
    });

    public ConversationFlow AssertNoMoreReplies() => Then(() => Assert.True(_pending.Count == 0, Unasserted()));

    public ConversationFlow AssertStatus(DialogTurnStatus expected) => Then(() => Assert.Equal(expected, LastResult().Status));

    public ConversationFlow AssertResult(object? expected) => Then(() => Assert.Equal(expected, LastResult().Result));

    public ConversationFlow AssertState(Action<DialogState> assert) =>
        Then(() => assert(JsonSerializer.Deserialize(StateJson, DialogJsonContext.Default.DialogState)!));

    public async Task RunAsync()
    {
        foreach (var step in _script)
        {
            await step();
        }

        Assert.True(_pending.Count == 0, Unasserted());
    }

    private ConversationFlow Turn(Activity activity, Func<Dialog, ITurnContext, DialogState, Task<DialogTurnResult>> run) => Then(async () =>
    {
        Assert.True(_pending.Count == 0, Unasserted());
        var state = JsonSerializer.Deserialize(StateJson, DialogJsonContext.Default.DialogState)!;
        var turn = new TestTurnContext(activity, _locale);
        _lastResult = await run(_dialogFactory(), turn, state);
        StateJson = JsonSerializer.Serialize(state, DialogJsonContext.Default.DialogState);
        foreach (var reply in turn.Replies)
        {
            // Replies cross the same JSON boundary on their way to a channel.
            _pending.Enqueue(JsonSerializer.Deserialize(JsonSerializer.Serialize(reply, ChannelJsonContext.Default.Activity), ChannelJsonContext.Default.Activity)!);
        }
    });

    private ConversationFlow Then(Action step) => Then(() =>
    {
        step();
        return Task.CompletedTask;
    });

    private ConversationFlow Then(Func<Task> step)
    {
        _script.Add(step);
        return this;
    }

    private Activity NextReply()
    {
        Assert.True(_pending.Count > 0, "Expected another reply, but the bot sent nothing more.");
        _lastReply = _pending.Dequeue();
        return _lastReply;
    }

    private DialogTurnResult LastResult() => _lastResult ?? throw new InvalidOperationException("No turn has run yet.");

    private string Unasserted() => "Unasserted replies: " + string.Join(" | ", _pending.Select(r => r.Text));
}
