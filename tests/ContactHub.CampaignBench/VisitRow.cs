namespace ContactHub.CampaignBench;

public sealed record VisitRow(long Id, int VehicleId, DateOnly Date, string Type, int? Odometer);
