namespace ContactHub.Dialogs.Ports;

/// <summary>
/// A survey to start: a service survey follows <paramref name="ServiceVisitId"/>, a sales survey follows the purchase
/// of <paramref name="VehicleId"/>.
/// </summary>
public sealed record NewSurvey(
    long CustomerId,
    SurveyKind Kind,
    long? VehicleId,
    long? ServiceVisitId,
    string? Channel = null);
