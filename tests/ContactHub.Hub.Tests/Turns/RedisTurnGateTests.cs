using ContactHub.Channels;
using ContactHub.Hub.State;
using ContactHub.Hub.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ContactHub.Hub.Tests.Turns;

/// <summary>The Redis turn gate: the shared contract, and what a turn costs in round trips (issue 8).</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisTurnGateTests(RedisServerFixture redis) : TurnGateContract, IAsyncLifetime
{
    private static readonly IOptions<StateOptions> Options = Microsoft.Extensions.Options.Options.Create(new StateOptions());

    private readonly string _clientName = "turn-gate-" + Guid.NewGuid().ToString("N");
    private ConnectionMultiplexer _connection = null!;

    protected override IConversationStore Store => new RedisConversationStore(redis.Connection, Options);

    private IDatabase Db => redis.Connection.GetDatabase();

    public async Task InitializeAsync() =>
        _connection = await ConnectionMultiplexer.ConnectAsync($"{redis.ConnectionString},name={_clientName}");

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    /// <summary>On its own named connection, so the slow log tells its commands apart.</summary>
    protected override ITurnGate CreateGate() => new RedisTurnGate(_connection, new KeyedAsyncLock<ConversationKey>(), Options, TimeProvider.System);

    [Fact]
    public void EveryKeyTheGatesScriptsTouchIsInTheConversationsClusterSlot()
    {
        var key = TestActivities.NewKey();
        var slot = _connection.HashSlot(StateKeys.State(key));

        Assert.Equal(slot, _connection.HashSlot(StateKeys.TurnLock(key)));
        Assert.Equal(slot, _connection.HashSlot(StateKeys.TurnDedupe(key, "SM" + Guid.NewGuid().ToString("N"))));
    }

    [Fact]
    public async Task ANormalTurnMakesTwoRoundTripsBothEvalsha()
    {
        var chain = new GatedTurnChain(CreateGate());
        var key = TestActivities.NewKey();
        var delivery = Guid.NewGuid().ToString("N");
        var delivery2 = Guid.NewGuid().ToString("N");
        await chain.RunAsync(TestActivities.NewKey(), Guid.NewGuid().ToString("N"), GatedTurnChain.Counting(() => { }));
        await chain.RunAsync(key, delivery, GatedTurnChain.Counting(() => { }));
        await using var log = await RedisCommandLog.StartAsync(redis.ConnectionString);

        await chain.RunAsync(key, delivery2, GatedTurnChain.Counting(() => { }));

        Assert.Equal(["EVALSHA", "EVALSHA"], await log.CommandsOfAsync(_clientName));
        Assert.Equal(2, (await Store.LoadAsync(key, CancellationToken.None)).Version);
        Assert.False(await Db.KeyExistsAsync(StateKeys.TurnLock(key)));
        Assert.True(await Db.KeyExistsAsync(StateKeys.TurnDedupe(key, delivery2)));
    }

    [Fact]
    public async Task ADuplicateMakesOneRoundTripAndRunsNothing()
    {
        var chain = new GatedTurnChain(CreateGate());
        var key = TestActivities.NewKey();
        var delivery = Guid.NewGuid().ToString("N");
        var runs = 0;
        await chain.RunAsync(key, delivery, GatedTurnChain.Counting(() => runs++));
        await using var log = await RedisCommandLog.StartAsync(redis.ConnectionString);

        var again = await chain.RunAsync(key, delivery, GatedTurnChain.Counting(() => runs++));

        Assert.Equal((true, 1), (again.Duplicate, runs));
        Assert.Equal(["EVALSHA"], await log.CommandsOfAsync(_clientName));
        Assert.False(await Db.KeyExistsAsync(StateKeys.TurnLock(key)));
    }

    [Fact]
    public async Task ATurnThatThrowsLeavesNeitherTheDedupeMarkNorTheLock()
    {
        var chain = new GatedTurnChain(CreateGate());
        var key = TestActivities.NewKey();
        var delivery = Guid.NewGuid().ToString("N");

        await Assert.ThrowsAsync<InvalidOperationException>(() => chain.RunAsync(key, delivery, (_, _) => throw new InvalidOperationException("dialog bug")));

        Assert.False(await Db.KeyExistsAsync(StateKeys.TurnDedupe(key, delivery)));
        Assert.False(await Db.KeyExistsAsync(StateKeys.TurnLock(key)));
        Assert.Equal(0, (await Store.LoadAsync(key, CancellationToken.None)).Version);
    }

    [Fact]
    public async Task StateThatCannotBeReadFailsTheTurnAndLeavesNeitherTheDedupeMarkNorTheLock()
    {
        var chain = new GatedTurnChain(CreateGate());
        var key = TestActivities.NewKey();
        var delivery = Guid.NewGuid().ToString("N");
        await Db.HashSetAsync(StateKeys.State(key), [new HashEntry("v", 3), new HashEntry("s", "{not json")]);
        var runs = 0;

        await Assert.ThrowsAnyAsync<System.Text.Json.JsonException>(() => chain.RunAsync(key, delivery, GatedTurnChain.Counting(() => runs++)));

        Assert.Equal(0, runs);
        Assert.False(await Db.KeyExistsAsync(StateKeys.TurnDedupe(key, delivery)));
        Assert.False(await Db.KeyExistsAsync(StateKeys.TurnLock(key)));
    }

    [Fact]
    public async Task ALeaseHeldByAnotherInstanceMakesTheTurnWaitUntilItIsGone()
    {
        var chain = new GatedTurnChain(CreateGate());
        var key = TestActivities.NewKey();
        var delivery = Guid.NewGuid().ToString("N");
        await Db.StringSetAsync(StateKeys.TurnLock(key), "another-instance", TimeSpan.FromSeconds(30));
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var turn = chain.RunAsync(key, delivery, GatedTurnChain.Counting(ran.SetResult));
        // The waiting turn has already marked its delivery (so a retry elsewhere is a duplicate), but not run.
        await WaitUntilAsync(() => Db.KeyExistsAsync(StateKeys.TurnDedupe(key, delivery)));
        Assert.False(ran.Task.IsCompleted);
        Assert.Equal("another-instance", (string?)await Db.StringGetAsync(StateKeys.TurnLock(key)));

        await Db.KeyDeleteAsync(StateKeys.TurnLock(key));

        await ran.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False((await turn.WaitAsync(TimeSpan.FromSeconds(10))).Duplicate);
        Assert.False(await Db.KeyExistsAsync(StateKeys.TurnLock(key)));
    }

    [Fact]
    public async Task ARetryReachingAnotherInstanceWhileTheFirstWaitsForTheLeaseIsADuplicate()
    {
        var instanceA = new GatedTurnChain(CreateGate());
        var instanceB = new GatedTurnChain(CreateGate());
        var key = TestActivities.NewKey();
        var delivery = Guid.NewGuid().ToString("N");
        await Db.StringSetAsync(StateKeys.TurnLock(key), "a-third-instance", TimeSpan.FromSeconds(30));
        var runs = 0;

        var first = instanceA.RunAsync(key, delivery, GatedTurnChain.Counting(() => Interlocked.Increment(ref runs)));
        await WaitUntilAsync(() => Db.KeyExistsAsync(StateKeys.TurnDedupe(key, delivery)));
        var retry = await instanceB.RunAsync(key, delivery, GatedTurnChain.Counting(() => Interlocked.Increment(ref runs))).WaitAsync(TimeSpan.FromSeconds(10));
        await Db.KeyDeleteAsync(StateKeys.TurnLock(key));

        Assert.True(retry.Duplicate);
        Assert.False((await first.WaitAsync(TimeSpan.FromSeconds(10))).Duplicate);
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task ARetryReachingTheSameInstanceWhileTheFirstRunsIsADuplicateWithoutWaitingForIt()
    {
        var chain = new GatedTurnChain(CreateGate());
        var key = TestActivities.NewKey();
        var delivery = Guid.NewGuid().ToString("N");
        var firstInside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = 0;

        var first = chain.RunAsync(key, delivery, async (_, _) =>
        {
            Interlocked.Increment(ref runs);
            firstInside.SetResult();
            await releaseFirst.Task;
        });
        await firstInside.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var retry = await chain.RunAsync(key, delivery, GatedTurnChain.Counting(() => Interlocked.Increment(ref runs))).WaitAsync(TimeSpan.FromSeconds(10));
        releaseFirst.SetResult();

        Assert.True(retry.Duplicate);
        Assert.False((await first.WaitAsync(TimeSpan.FromSeconds(10))).Duplicate);
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task TheTurnLockOfTheDeskWaitsForATurnAndATurnForTheDesk()
    {
        var chain = new GatedTurnChain(CreateGate());
        var desk = new RedisTurnLock(redis.Connection, new KeyedAsyncLock<ConversationKey>(), Options, TimeProvider.System);
        var key = TestActivities.NewKey();
        var delivery = Guid.NewGuid().ToString("N");
        var deskHolds = await desk.AcquireAsync(key, CancellationToken.None);
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var turn = chain.RunAsync(key, delivery, GatedTurnChain.Counting(ran.SetResult));
        await WaitUntilAsync(() => Db.KeyExistsAsync(StateKeys.TurnDedupe(key, delivery)));
        Assert.False(ran.Task.IsCompleted);
        await deskHolds.DisposeAsync();

        await turn.WaitAsync(TimeSpan.FromSeconds(10));
        await using var deskAgain = await desk.AcquireAsync(key, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(ran.Task.IsCompleted);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!await condition())
        {
            await Task.Yield();
            timeout.Token.ThrowIfCancellationRequested();
        }
    }
}
