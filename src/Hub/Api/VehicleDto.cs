namespace ContactHub.Hub.Api;

/// <summary>A vehicle; <see cref="Visits"/> is filled when one vehicle is asked for, and null in lists.</summary>
public sealed record VehicleDto(
    long Id,
    long? CustomerId,
    string Vin,
    string Plate,
    string Model,
    DateOnly? PurchaseDate,
    DateOnly? DeliveryDate,
    int? Odometer,
    DateOnly? LastServiceDate,
    int? LastServiceOdometer,
    IReadOnlyList<ServiceVisitDto>? Visits);
