using ContactHub.Dialogs.Ports;

namespace ContactHub.Hub.Campaigns.Targeting;

/// <summary>A booked appointment with its vehicle.</summary>
public sealed record AppointmentCandidate(long AppointmentId, long CustomerId, long VehicleId, string Plate, string Model, ServiceType Type, DateTimeOffset StartsAt);
