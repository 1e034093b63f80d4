namespace ContactHub.Dialogs.Dealership;

public enum SurveyReplyKind
{
    /// <summary>Not an answer to this question; the prompt asks again.</summary>
    Invalid = 0,
    Score = 1,
    Text = 2,
    Skip = 3,
    Stop = 4,
}
