using ContactHub.Dialogs.Ports;

namespace ContactHub.Hub.Api;

public sealed record SurveyDto(
    long Id,
    long CustomerId,
    string Kind,
    string Status,
    long? VehicleId,
    long? ServiceVisitId,
    int? Nps,
    string? Comment,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<SurveyAnswerInfo>? Answers);
