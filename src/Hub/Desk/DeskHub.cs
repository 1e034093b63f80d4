using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ContactHub.Hub.Desk;

/// <summary>
/// /hubs/desk: the server tells desk pages that something changed (<see cref="DeskNotifier"/>); pages fetch the
/// details over /api/desk, so a page that reconnects re-syncs from the store rather than from missed pushes.
/// </summary>
[Authorize(Policy = DeskPolicies.Agent)]
public sealed class DeskHub(IDeskPresence presence) : Microsoft.AspNetCore.SignalR.Hub
{
    public override async Task OnConnectedAsync()
    {
        await presence.ConnectedAsync(Context.User!.Identity!.Name!, Context.ConnectionId, Context.ConnectionAborted);
        await Clients.All.SendAsync(DeskNotifier.AgentsChanged, Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await presence.DisconnectedAsync(Context.User!.Identity!.Name!, Context.ConnectionId, CancellationToken.None);
        await Clients.All.SendAsync(DeskNotifier.AgentsChanged, CancellationToken.None);
        await base.OnDisconnectedAsync(exception);
    }
}
