using ContactHub.Dialogs.Ports;

namespace ContactHub.Hub.Campaigns.Targeting;

/// <summary>A completed service visit with its vehicle's owner.</summary>
public sealed record VisitCandidate(long VisitId, long VehicleId, long CustomerId, string Plate, string Model, ServiceType Type, DateOnly Date);
