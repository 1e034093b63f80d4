namespace ContactHub.Hub.Desk;

/// <summary>
/// Which agents have a desk page connected (SignalR), across hub instances. Each connection holds a lease
/// (Desk:PresenceLease) that its own instance renews (<see cref="RenewAsync"/>, every Desk:PresenceHeartbeat), so
/// the connections of an instance that died without disconnecting them age out instead of staying online for ever.
/// </summary>
public interface IDeskPresence
{
    Task ConnectedAsync(string agent, string connectionId, CancellationToken cancellationToken);

    Task DisconnectedAsync(string agent, string connectionId, CancellationToken cancellationToken);

    /// <summary>Extends the leases of the connections this instance holds.</summary>
    Task RenewAsync(CancellationToken cancellationToken);

    /// <summary>Agents with at least one connection whose lease has not run out.</summary>
    Task<IReadOnlySet<string>> OnlineAsync(CancellationToken cancellationToken);
}
