namespace ContactHub.Hub.Desk;

/// <summary>An agent as the desk lists them: whether a desk page of theirs is connected, and how many conversations they have.</summary>
public sealed record DeskAgentView(string UserName, string DisplayName, string Role, bool Online, int Load);
