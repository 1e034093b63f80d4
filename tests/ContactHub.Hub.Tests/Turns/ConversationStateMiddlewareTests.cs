using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Hub.Turns;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Tests.Turns;

public sealed class ConversationStateMiddlewareTests
{
    private readonly InMemoryConversationStore _store = new(Options.Create(new StateOptions()), TimeProvider.System);

    [Fact]
    public async Task TurnThatLosesAVersionRaceRunsAgainOnTheNewerStateAndSendsOnlyItsFinalReplies()
    {
        var key = TestActivities.NewKey();
        var middleware = new ConversationStateMiddleware(_store, TimeProvider.System, NullLogger<ConversationStateMiddleware>.Instance);
        var turn = new TurnContext(key, TestActivities.Message(key, "你好"));
        var attempts = 0;

        await middleware.OnTurnAsync(turn, async (t, ct) =>
        {
            attempts++;
            await t.SendActivityAsync(ContactHub.Channels.Activity.CreateMessage($"attempt {attempts}"), ct);
            if (attempts == 1)
            {
                // Another instance saves a turn of the same conversation in the meantime.
                Assert.True(await _store.SaveAsync(key, new ConversationState { TurnCount = 41, Locale = "en" }, 0, ct));
            }
        }, CancellationToken.None);

        Assert.Equal(2, attempts);
        Assert.Equal("attempt 2", Assert.Single(turn.Replies).Text);
        var saved = await _store.LoadAsync(key, CancellationToken.None);
        Assert.Equal(2, saved.Version);
        Assert.Equal(42, saved.State.TurnCount);
    }

    [Fact]
    public async Task StateThatNeverSettlesFailsTheTurnInsteadOfOverwriting()
    {
        var key = TestActivities.NewKey();
        var middleware = new ConversationStateMiddleware(_store, TimeProvider.System, NullLogger<ConversationStateMiddleware>.Instance);
        var turn = new TurnContext(key, TestActivities.Message(key, "你好"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => middleware.OnTurnAsync(turn, async (t, ct) =>
        {
            var current = await _store.LoadAsync(key, ct);
            Assert.True(await _store.SaveAsync(key, new ConversationState { TurnCount = 1000 }, current.Version, ct));
        }, CancellationToken.None));

        Assert.Equal(1000, (await _store.LoadAsync(key, CancellationToken.None)).State.TurnCount);
    }
}
