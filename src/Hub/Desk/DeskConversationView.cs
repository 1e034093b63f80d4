namespace ContactHub.Hub.Desk;

/// <summary>GET /api/desk/conversations/{channel}/{userId}: the conversation, its customer and its transcript (bot part included).</summary>
public sealed record DeskConversationView(
    string Channel,
    string UserId,
    string Mode,
    string? Reason,
    string? Summary,
    string? Agent,
    string? Locale,
    DeskCustomerPanel Panel,
    IReadOnlyList<DeskTranscriptLine> Transcript);
