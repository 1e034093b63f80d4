namespace ContactHub.Hub.Api;

/// <summary>One recipient's planned message: the channel and user id, the purpose, when it goes, or why it does not.</summary>
public sealed record PlannedSendDto(
    string Key,
    long CustomerId,
    long? VehicleId,
    string? Channel,
    string? UserId,
    string Purpose,
    DateTimeOffset? SendAt,
    string? SkipReason);
