namespace ContactHub.Hub.Api;

/// <summary>
/// Body of POST /api/appointments. ServiceType: first-maintenance, regular-maintenance, repair, body-and-paint,
/// inspection, other (or 首保, 常规保养, 维修, 钣金喷漆, 检测, 其他). Start must be a slot start.
/// </summary>
public sealed record BookAppointmentRequest(long CustomerId, long VehicleId, string? ServiceType, DateTimeOffset? Start, string? Advisor);
