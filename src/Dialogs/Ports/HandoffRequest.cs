namespace ContactHub.Dialogs.Ports;

/// <summary>A request for a person: the conversation (channel id + user id), why, and an optional summary for the agent.</summary>
public sealed record HandoffRequest(string ChannelId, string UserId, string Reason, string? Summary = null);
