using ContactHub.Channels;
using ContactHub.Dialogs.Runtime;
using ContactHub.Hub.State;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Tests.State;

/// <summary>What every <see cref="IConversationStore"/> must do; each implementation joins with one subclass.</summary>
public abstract class ConversationStoreContract
{
    protected static IOptions<StateOptions> Options { get; } = Microsoft.Extensions.Options.Options.Create(new StateOptions());

    protected abstract IConversationStore CreateStore();

    private static ConversationKey NewKey() => new(ChannelIds.WebChat, Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task UnknownConversationLoadsAsNewAtVersionZero()
    {
        var loaded = await CreateStore().LoadAsync(NewKey(), CancellationToken.None);

        Assert.True(loaded.IsNew);
        Assert.Equal(ConversationMode.Bot, loaded.State.Mode);
        Assert.Empty(loaded.State.Dialogs.Stack);
    }

    [Fact]
    public async Task SavedStateLoadsBackWithNextVersion()
    {
        var store = CreateStore();
        var key = NewKey();
        var state = new ConversationState { Mode = ConversationMode.Queued, Locale = "en", TurnCount = 3 };
        state.Dialogs.Stack.Add(new DialogInstance { Id = "MainMenuDialog", State = System.Text.Json.JsonDocument.Parse("""{"step":2}""").RootElement });

        Assert.True(await store.SaveAsync(key, state, 0, CancellationToken.None));
        var loaded = await store.LoadAsync(key, CancellationToken.None);

        Assert.Equal(1, loaded.Version);
        Assert.Equal(ConversationMode.Queued, loaded.State.Mode);
        Assert.Equal("en", loaded.State.Locale);
        Assert.Equal(3, loaded.State.TurnCount);
        var instance = Assert.Single(loaded.State.Dialogs.Stack);
        Assert.Equal("MainMenuDialog", instance.Id);
        Assert.Equal(2, instance.State.GetProperty("step").GetInt32());
    }

    [Fact]
    public async Task SaveAgainstStaleVersionFailsAndKeepsTheNewerState()
    {
        var store = CreateStore();
        var key = NewKey();
        Assert.True(await store.SaveAsync(key, new ConversationState { TurnCount = 1 }, 0, CancellationToken.None));
        Assert.True(await store.SaveAsync(key, new ConversationState { TurnCount = 2 }, 1, CancellationToken.None));

        var stale = await store.SaveAsync(key, new ConversationState { TurnCount = 99 }, 1, CancellationToken.None);

        Assert.False(stale);
        var loaded = await store.LoadAsync(key, CancellationToken.None);
        Assert.Equal(2, loaded.Version);
        Assert.Equal(2, loaded.State.TurnCount);
    }

    [Fact]
    public async Task CreatingAConversationTwiceLetsOnlyOneWriterWin()
    {
        var store = CreateStore();
        var key = NewKey();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            store.SaveAsync(key, new ConversationState { TurnCount = i }, 0, CancellationToken.None)));

        Assert.Single(results, saved => saved);
        Assert.Equal(1, (await store.LoadAsync(key, CancellationToken.None)).Version);
    }

    [Fact]
    public async Task ConcurrentSavesAtOneVersionLetExactlyOneWin()
    {
        var store = CreateStore();
        var key = NewKey();
        Assert.True(await store.SaveAsync(key, new ConversationState(), 0, CancellationToken.None));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            store.SaveAsync(key, new ConversationState { TurnCount = i }, 1, CancellationToken.None)));

        Assert.Single(results, saved => saved);
        Assert.Equal(2, (await store.LoadAsync(key, CancellationToken.None)).Version);
    }
}
