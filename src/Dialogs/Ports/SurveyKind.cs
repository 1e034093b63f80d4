namespace ContactHub.Dialogs.Ports;

/// <summary>The 回访 after a sale or after a service visit.</summary>
public enum SurveyKind
{
    Sales = 0,
    Service = 1,
}
