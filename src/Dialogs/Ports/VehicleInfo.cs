namespace ContactHub.Dialogs.Ports;

public sealed record VehicleInfo(
    long Id,
    string Vin,
    string Plate,
    string Model,
    DateOnly? DeliveryDate,
    int? Odometer,
    DateOnly? LastServiceDate,
    int? LastServiceOdometer);
