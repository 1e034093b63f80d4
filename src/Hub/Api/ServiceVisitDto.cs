namespace ContactHub.Hub.Api;

public sealed record ServiceVisitDto(long Id, DateOnly Date, string Type, int? Odometer, string? Advisor, string? WorkDone);
