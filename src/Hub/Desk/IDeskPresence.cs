namespace ContactHub.Hub.Desk;

/// <summary>Which agents have a desk page connected (SignalR), across hub instances.</summary>
public interface IDeskPresence
{
    Task ConnectedAsync(string agent, CancellationToken cancellationToken);

    Task DisconnectedAsync(string agent, CancellationToken cancellationToken);

    Task<IReadOnlySet<string>> OnlineAsync(CancellationToken cancellationToken);
}
