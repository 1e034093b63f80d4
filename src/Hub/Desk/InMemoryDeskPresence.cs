namespace ContactHub.Hub.Desk;

public sealed class InMemoryDeskPresence : IDeskPresence
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _connections = new(StringComparer.Ordinal);

    public Task ConnectedAsync(string agent, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _connections[agent] = _connections.GetValueOrDefault(agent) + 1;
        }

        return Task.CompletedTask;
    }

    public Task DisconnectedAsync(string agent, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_connections.GetValueOrDefault(agent) <= 1)
            {
                _connections.Remove(agent);
            }
            else
            {
                _connections[agent]--;
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<string>> OnlineAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlySet<string>>(_connections.Keys.ToHashSet(StringComparer.Ordinal));
        }
    }
}
