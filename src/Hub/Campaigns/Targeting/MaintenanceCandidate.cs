namespace ContactHub.Hub.Campaigns.Targeting;

/// <summary>A vehicle with what the maintenance rules need from its service history, read in one projection.</summary>
public sealed record MaintenanceCandidate(
    long VehicleId,
    long CustomerId,
    string Plate,
    string Model,
    DateOnly? Delivered,
    DateOnly? FirstReadingDate,
    int? FirstReadingKm,
    DateOnly? LastReadingDate,
    int? LastReadingKm,
    long? LastMaintenanceId,
    DateOnly? LastMaintenanceDate,
    int? LastMaintenanceKm);
