namespace ContactHub.Dialogs.Ports;

/// <summary>An appointment as a dialog shows it: times are UTC; render them in the dealer's time zone.</summary>
public sealed record AppointmentInfo(
    long Id,
    long CustomerId,
    long VehicleId,
    string Plate,
    string Model,
    ServiceType ServiceType,
    DateTimeOffset Start,
    int Bay,
    AppointmentStatus Status,
    string? Advisor);
