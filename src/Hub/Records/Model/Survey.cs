using ContactHub.Dialogs.Ports;

namespace ContactHub.Hub.Records.Model;

/// <summary>A 回访: a service survey follows a visit, a sales survey the purchase of a vehicle.</summary>
public sealed class Survey
{
    public long Id { get; set; }

    public long CustomerId { get; set; }

    public SurveyKind Kind { get; set; }

    public long? VehicleId { get; set; }

    public long? ServiceVisitId { get; set; }

    public SurveyStatus Status { get; set; }

    /// <summary>0–10.</summary>
    public int? Nps { get; set; }

    public string? Comment { get; set; }

    public string? Channel { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public List<SurveyAnswer> Answers { get; set; } = [];
}
