namespace ContactHub.Hub.Desk;

/// <summary>One open desk page: the agent signed in on it and its SignalR connection id.</summary>
public readonly record struct DeskConnection(string Agent, string ConnectionId)
{
    /// <summary>The Redis member; connection ids never contain '|', so the last one splits it.</summary>
    public string Member => $"{Agent}|{ConnectionId}";

    public static string AgentOf(string member) => member[..member.LastIndexOf('|')];
}
