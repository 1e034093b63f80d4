namespace ContactHub.Dialogs.Ports;

/// <summary>Satisfaction surveys (回访). Answers are saved one by one, so a survey stopped midway keeps them.</summary>
public interface ISurveyStore
{
    /// <summary>
    /// Starts a survey, or returns the one still in progress for the same customer, kind and service visit or vehicle
    /// purchase: an invitation sent again (a channel's transient refusal, retried) continues that survey.
    /// </summary>
    Task<SurveyInfo> StartAsync(NewSurvey survey, CancellationToken cancellationToken);

    /// <summary>Saves or replaces the answer to one question; null when there is no such survey.</summary>
    Task<SurveyInfo?> SaveAnswerAsync(long surveyId, SurveyAnswerInfo answer, CancellationToken cancellationToken);

    /// <summary>Null when there is no such survey. Throws <see cref="ArgumentOutOfRangeException"/> for an NPS outside 0–10.</summary>
    Task<SurveyInfo?> CompleteAsync(long surveyId, SurveyCompletion completion, CancellationToken cancellationToken);

    Task<SurveyInfo?> GetAsync(long surveyId, CancellationToken cancellationToken);
}
