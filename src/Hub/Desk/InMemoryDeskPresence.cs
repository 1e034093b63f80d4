using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Desk;

/// <summary>Presence of a single hub instance, with the same leases as <see cref="RedisDeskPresence"/>.</summary>
public sealed class InMemoryDeskPresence(TimeProvider clock, IOptions<DeskOptions> options) : IDeskPresence
{
    private readonly Lock _gate = new();
    private readonly Dictionary<DeskConnection, DateTimeOffset> _leases = [];

    public Task ConnectedAsync(string agent, string connectionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _leases[new DeskConnection(agent, connectionId)] = LeaseEnd();
        }

        return Task.CompletedTask;
    }

    public Task DisconnectedAsync(string agent, string connectionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _leases.Remove(new DeskConnection(agent, connectionId));
        }

        return Task.CompletedTask;
    }

    public Task RenewAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var end = LeaseEnd();
            foreach (var connection in _leases.Keys.ToList())
            {
                _leases[connection] = end;
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<string>> OnlineAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            return Task.FromResult<IReadOnlySet<string>>(_leases.Where(l => l.Value > now).Select(l => l.Key.Agent).ToHashSet(StringComparer.Ordinal));
        }
    }

    private DateTimeOffset LeaseEnd() => clock.GetUtcNow() + options.Value.PresenceLease;
}
