namespace ContactHub.Dialogs.Ports;

public sealed record SurveyInfo(
    long Id,
    long CustomerId,
    SurveyKind Kind,
    SurveyStatus Status,
    long? VehicleId,
    long? ServiceVisitId,
    int? Nps,
    string? Comment,
    IReadOnlyList<SurveyAnswerInfo> Answers);
