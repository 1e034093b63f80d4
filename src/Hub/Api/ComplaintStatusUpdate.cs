namespace ContactHub.Hub.Api;

/// <summary>Body of POST /api/complaints/{ticket}/status: the new status and a note for the timeline.</summary>
public sealed record ComplaintStatusUpdate(string? Status, string? Note, string? Author);
