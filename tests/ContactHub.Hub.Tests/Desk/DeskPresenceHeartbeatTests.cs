using ContactHub.Hub.Desk;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>
/// The heartbeat itself: on its timer it renews this instance's leases, so an agent stays online past one lease, and a
/// renewal that fails is tried again at the next beat. The timer runs on a fake clock that the test moves; the loop is
/// started directly, since BackgroundService starts it on another thread and the clock must not move before its timer exists.
/// </summary>
public sealed class DeskPresenceHeartbeatTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly ObservedRenewals _presence;
    private readonly DeskPresenceHeartbeat _heartbeat;
    private readonly CancellationTokenSource _stop = new();
    private Task _beating = Task.CompletedTask;

    public DeskPresenceHeartbeatTests()
    {
        var options = Options.Create(new DeskOptions { PresenceLease = TimeSpan.FromSeconds(90), PresenceHeartbeat = TimeSpan.FromSeconds(30) });
        _presence = new ObservedRenewals(new InMemoryDeskPresence(_clock, options));
        _heartbeat = new DeskPresenceHeartbeat(_presence, _clock, options, NullLogger<DeskPresenceHeartbeat>.Instance);
    }

    public Task InitializeAsync()
    {
        _beating = _heartbeat.RenewUntilStoppedAsync(_stop.Token);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _beating);
        _stop.Dispose();
        _heartbeat.Dispose();
    }

    [Fact]
    public async Task EachBeatRenewsTheLeasesSoAConnectedAgentStaysOnlinePastOneLease()
    {
        await _presence.ConnectedAsync("agent1", "page-1", CancellationToken.None);

        for (var beat = 0; beat < 4; beat++)
        {
            await BeatAsync();
        }

        Assert.Equal(4, _presence.Renewals);
        Assert.Contains("agent1", await _presence.OnlineAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ARenewalThatFailsIsTriedAgainAtTheNextBeat()
    {
        await _presence.ConnectedAsync("agent1", "page-1", CancellationToken.None);
        _presence.FailNext = true;

        await BeatAsync();
        await BeatAsync();
        await BeatAsync();
        await BeatAsync();

        Assert.Equal((1, 3), (_presence.Failures, _presence.Renewals));
        Assert.Contains("agent1", await _presence.OnlineAsync(CancellationToken.None));
    }

    private async Task BeatAsync()
    {
        var attempted = _presence.NextAttempt;
        _clock.Advance(TimeSpan.FromSeconds(30));
        await attempted.WaitAsync(Timeout);
    }

    /// <summary>The real in-memory presence, counting the heartbeat's renewals; it can fail one of them.</summary>
    private sealed class ObservedRenewals(IDeskPresence inner) : IDeskPresence
    {
        private TaskCompletionSource _attempt = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Renewals { get; private set; }

        public int Failures { get; private set; }

        public bool FailNext { get; set; }

        public Task NextAttempt => Volatile.Read(ref _attempt).Task;

        public Task ConnectedAsync(string agent, string connectionId, CancellationToken cancellationToken) =>
            inner.ConnectedAsync(agent, connectionId, cancellationToken);

        public Task DisconnectedAsync(string agent, string connectionId, CancellationToken cancellationToken) =>
            inner.DisconnectedAsync(agent, connectionId, cancellationToken);

        public Task<IReadOnlySet<string>> OnlineAsync(CancellationToken cancellationToken) => inner.OnlineAsync(cancellationToken);

        public async Task RenewAsync(CancellationToken cancellationToken)
        {
            var attempt = Interlocked.Exchange(ref _attempt, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            try
            {
                if (FailNext)
                {
                    FailNext = false;
                    Failures++;
                    throw new InvalidOperationException("Redis is not reachable");
                }

                await inner.RenewAsync(cancellationToken);
                Renewals++;
            }
            finally
            {
                attempt.TrySetResult();
            }
        }
    }
}
