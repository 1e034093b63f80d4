using ContactHub.Dialogs.Resources;

namespace ContactHub.Dialogs.Ports;

/// <summary>
/// The 回访 questionnaires and what counts as an unhappy customer (issue 3: overall ≤ 2 or NPS ≤ 6 by default).
/// Bound by the Hub from configuration section <c>Survey</c>; without it the defaults below are used.
/// </summary>
public sealed record SurveyOptions
{
    public const string Section = "Survey";

    /// <summary>The rating question whose low score offers a callback.</summary>
    public string OverallQuestionId { get; init; } = "overall";

    public int LowOverallAtMost { get; init; } = 2;

    public int LowNpsAtMost { get; init; } = 6;

    /// <summary>
    /// A low score goes straight to an agent (issue 6) instead of offering the customer a complaint or a callback.
    /// Off by default: many dealers prefer to let the customer choose. Without an agent desk a callback is promised.
    /// </summary>
    public bool HandOffLowScores { get; init; }

    public IReadOnlyList<SurveyQuestion> ServiceQuestions { get; init; } =
    [
        Question("overall", SurveyQuestionKind.Rating, nameof(Strings.SurveyAskServiceOverall)),
        Question("advisor", SurveyQuestionKind.Rating, nameof(Strings.SurveyAskAdvisor)),
        Question("repair", SurveyQuestionKind.Rating, nameof(Strings.SurveyAskRepairQuality)),
        Question("timeliness", SurveyQuestionKind.Rating, nameof(Strings.SurveyAskTimeliness)),
        Question("nps", SurveyQuestionKind.Nps, nameof(Strings.SurveyAskNps)),
        Question("comment", SurveyQuestionKind.Comment, nameof(Strings.SurveyAskComment)),
    ];

    public IReadOnlyList<SurveyQuestion> SalesQuestions { get; init; } =
    [
        Question("overall", SurveyQuestionKind.Rating, nameof(Strings.SurveyAskSalesOverall)),
        Question("consultant", SurveyQuestionKind.Rating, nameof(Strings.SurveyAskSalesConsultant)),
        Question("delivery", SurveyQuestionKind.Rating, nameof(Strings.SurveyAskDelivery)),
        Question("nps", SurveyQuestionKind.Nps, nameof(Strings.SurveyAskNps)),
        Question("comment", SurveyQuestionKind.Comment, nameof(Strings.SurveyAskComment)),
    ];

    public IReadOnlyList<SurveyQuestion> QuestionsFor(SurveyKind kind) => kind == SurveyKind.Sales ? SalesQuestions : ServiceQuestions;

    public bool IsLow(SurveyQuestion question, int score)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Kind switch
        {
            SurveyQuestionKind.Nps => score <= LowNpsAtMost,
            SurveyQuestionKind.Rating => string.Equals(question.Id, OverallQuestionId, StringComparison.Ordinal) && score <= LowOverallAtMost,
            _ => false,
        };
    }

    private static SurveyQuestion Question(string id, SurveyQuestionKind kind, string textKey) => new() { Id = id, Kind = kind, TextKey = textKey };
}
