namespace ContactHub.Dialogs.Ports;

public enum SurveyStatus
{
    InProgress = 0,
    Completed = 1,

    /// <summary>The customer stopped midway; the answers given so far are kept.</summary>
    Stopped = 2,
}
