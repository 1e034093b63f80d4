namespace ContactHub.Hub.Records.Model;

/// <summary>One answer per question of a survey.</summary>
public sealed class SurveyAnswer
{
    public long Id { get; set; }

    public long SurveyId { get; set; }

    public required string QuestionId { get; set; }

    public required string Text { get; set; }

    public int? Score { get; set; }

    public DateTimeOffset At { get; set; }
}
