namespace ContactHub.Dialogs.Ports;

/// <summary>How a survey ended: <see cref="SurveyStatus.Completed"/> or <see cref="SurveyStatus.Stopped"/>; NPS is 0–10.</summary>
public sealed record SurveyCompletion(SurveyStatus Status, int? Nps, string? Comment);
