namespace ContactHub.Hub.Desk;

public sealed record TransferRequest(string? ToAgent);
