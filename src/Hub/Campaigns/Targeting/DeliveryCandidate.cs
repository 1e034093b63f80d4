namespace ContactHub.Hub.Campaigns.Targeting;

/// <summary>A vehicle handed over to its customer on <see cref="Delivered"/>.</summary>
public sealed record DeliveryCandidate(long VehicleId, long CustomerId, string Plate, string Model, DateOnly Delivered);
