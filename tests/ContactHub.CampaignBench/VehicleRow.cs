namespace ContactHub.CampaignBench;

public sealed record VehicleRow(int Id, int CustomerId, string Vin, string Plate, string Model, DateOnly Purchased, DateOnly Delivered, DateOnly? LastServiceDate, int? LastServiceOdometer);
