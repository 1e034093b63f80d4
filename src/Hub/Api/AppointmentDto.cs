namespace ContactHub.Hub.Api;

public sealed record AppointmentDto(
    long Id,
    long CustomerId,
    long VehicleId,
    string ServiceType,
    DateTimeOffset Start,
    int Bay,
    string? Advisor,
    string Status,
    string SourceChannel);
