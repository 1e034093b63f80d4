namespace ContactHub.Dialogs.Ports;

public sealed record NewComplaint(
    long? CustomerId,
    ComplaintCategory Category,
    ComplaintSeverity Severity,
    string Description,
    string? SourceChannel = null,
    long? VehicleId = null);
