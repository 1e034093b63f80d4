namespace ContactHub.Hub.Desk;

/// <param name="Outcome">resolved, callback-needed or complaint-opened.</param>
public sealed record CloseRequest(string? Outcome);
