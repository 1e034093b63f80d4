using ContactHub.Dialogs.Ports;

namespace ContactHub.Dialogs.Tests.Fakes;

/// <summary>Surveys in memory, answers replaced per question as the real store does.</summary>
public sealed class FakeSurveyStore : ISurveyStore
{
    private readonly Dictionary<long, SurveyInfo> _surveys = [];

    public IReadOnlyCollection<SurveyInfo> Surveys => _surveys.Values;

    public SurveyInfo Single() => Assert.Single(_surveys.Values);

    public Task<SurveyInfo> StartAsync(NewSurvey survey, CancellationToken cancellationToken)
    {
        var started = new SurveyInfo(_surveys.Count + 1, survey.CustomerId, survey.Kind, SurveyStatus.InProgress, survey.VehicleId, survey.ServiceVisitId, null, null, []);
        _surveys[started.Id] = started;
        return Task.FromResult(started);
    }

    public Task<SurveyInfo?> SaveAnswerAsync(long surveyId, SurveyAnswerInfo answer, CancellationToken cancellationToken)
    {
        if (!_surveys.TryGetValue(surveyId, out var survey))
        {
            return Task.FromResult<SurveyInfo?>(null);
        }

        var saved = survey with { Answers = [.. survey.Answers.Where(a => a.QuestionId != answer.QuestionId), answer] };
        _surveys[surveyId] = saved;
        return Task.FromResult<SurveyInfo?>(saved);
    }

    public Task<SurveyInfo?> CompleteAsync(long surveyId, SurveyCompletion completion, CancellationToken cancellationToken)
    {
        if (completion.Nps is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(completion), "NPS is 0-10.");
        }

        if (!_surveys.TryGetValue(surveyId, out var survey))
        {
            return Task.FromResult<SurveyInfo?>(null);
        }

        var completed = survey with { Status = completion.Status, Nps = completion.Nps, Comment = completion.Comment };
        _surveys[surveyId] = completed;
        return Task.FromResult<SurveyInfo?>(completed);
    }

    public Task<SurveyInfo?> GetAsync(long surveyId, CancellationToken cancellationToken) =>
        Task.FromResult(_surveys.GetValueOrDefault(surveyId));
}
