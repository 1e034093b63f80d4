using ContactHub.Channels;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.Turns;

/// <summary>What every <see cref="ITurnGate"/> must do, through the real gate and state middlewares; each joins with one subclass.</summary>
public abstract class TurnGateContract
{
    /// <summary>A gate of one hub instance; two calls are two instances sharing the same store.</summary>
    protected abstract ITurnGate CreateGate();

    /// <summary>Saves a conversation's state as another instance (or the desk) would, outside any turn.</summary>
    protected abstract IConversationStore Store { get; }

    [Fact]
    public async Task ADuplicateDeliveryRunsNothing()
    {
        var chain = new GatedTurnChain(CreateGate());
        var key = TestActivities.NewKey();
        var delivery = Guid.NewGuid().ToString("N");
        var runs = 0;

        var first = await chain.RunAsync(key, delivery, GatedTurnChain.Counting(() => runs++));
        var again = await chain.RunAsync(key, delivery, GatedTurnChain.Counting(() => runs++));

        Assert.Equal((false, true, 1), (first.Duplicate, again.Duplicate, runs));
        Assert.Equal(1, (await Store.LoadAsync(key, CancellationToken.None)).Version);
    }

    [Fact]
    public async Task DeliveriesWithoutAnIdAreNeverDuplicates()
    {
        var chain = new GatedTurnChain(CreateGate());
        var key = TestActivities.NewKey();
        var runs = 0;

        await chain.RunAsync(key, null, GatedTurnChain.Counting(() => runs++));
        var second = await chain.RunAsync(key, "", GatedTurnChain.Counting(() => runs++));

        Assert.Equal((false, 2), (second.Duplicate, runs));
        Assert.Equal(2, (await Store.LoadAsync(key, CancellationToken.None)).Version);
    }

    [Fact]
    public async Task ATurnThatThrowsLetsTheRetryInAndFreesTheConversation()
    {
        var chain = new GatedTurnChain(CreateGate());
        var key = TestActivities.NewKey();
        var delivery = Guid.NewGuid().ToString("N");

        await Assert.ThrowsAsync<InvalidOperationException>(() => chain.RunAsync(key, delivery, (_, _) => throw new InvalidOperationException("dialog bug")));
        var retry = await chain.RunAsync(key, delivery, GatedTurnChain.Counting(() => { })).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(retry.Duplicate);
        Assert.Equal(1, (await Store.LoadAsync(key, CancellationToken.None)).Version);
    }

    [Fact]
    public async Task TheSecondTurnOfAConversationWaitsForTheFirst()
    {
        var chain = new GatedTurnChain(CreateGate());
        var key = TestActivities.NewKey();
        var firstInside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondRan = false;

        var first = chain.RunAsync(key, Guid.NewGuid().ToString("N"), async (_, _) =>
        {
            firstInside.SetResult();
            await releaseFirst.Task;
        });
        await firstInside.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var second = chain.RunAsync(key, Guid.NewGuid().ToString("N"), GatedTurnChain.Counting(() => secondRan = true));
        var otherConversation = await chain.RunAsync(TestActivities.NewKey(), Guid.NewGuid().ToString("N"), GatedTurnChain.Counting(() => { })).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(second.IsCompleted || secondRan);
        releaseFirst.SetResult();
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(secondRan);
        Assert.Equal(2, (await Store.LoadAsync(key, CancellationToken.None)).Version);
        Assert.False(otherConversation.Duplicate);
    }

    [Fact]
    public async Task AVersionConflictRunsTheTurnAgainOnTheNewerStateAndKeepsOnlyItsFinalReplies()
    {
        var chain = new GatedTurnChain(CreateGate());
        var key = TestActivities.NewKey();
        var delivery = Guid.NewGuid().ToString("N");
        var attempts = 0;

        var turn = await chain.RunAsync(key, delivery, async (t, ct) =>
        {
            attempts++;
            await t.SendActivityAsync(Activity.CreateMessage($"attempt {attempts}"), ct);
            if (attempts == 1)
            {
                // Another instance saves a turn of the same conversation after this one's lease ran out.
                Assert.True(await Store.SaveAsync(key, new ConversationState { TurnCount = 41, Locale = "en" }, 0, ct));
            }
        });

        Assert.Equal(2, attempts);
        Assert.Equal("attempt 2", Assert.Single(turn.Replies).Text);
        var saved = await Store.LoadAsync(key, CancellationToken.None);
        Assert.Equal((2L, 42L), (saved.Version, saved.State.TurnCount));
    }

    [Fact]
    public async Task StateThatNeverSettlesFailsTheTurnInsteadOfOverwritingAndFreesTheConversation()
    {
        var chain = new GatedTurnChain(CreateGate());
        var key = TestActivities.NewKey();
        var delivery = Guid.NewGuid().ToString("N");

        await Assert.ThrowsAsync<InvalidOperationException>(() => chain.RunAsync(key, delivery, async (_, ct) =>
        {
            var current = await Store.LoadAsync(key, ct);
            Assert.True(await Store.SaveAsync(key, new ConversationState { TurnCount = 1000 }, current.Version, ct));
        }));
        var retry = await chain.RunAsync(key, delivery, GatedTurnChain.Counting(() => { })).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(retry.Duplicate);
        Assert.Equal(1001, (await Store.LoadAsync(key, CancellationToken.None)).State.TurnCount);
    }
}
