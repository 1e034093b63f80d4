namespace ContactHub.Hub.Desk;

/// <summary>How an agent ended a conversation (issue 6); recorded in the audit trail.</summary>
public enum CloseOutcome
{
    Resolved = 0,
    CallbackNeeded,
    ComplaintOpened,
}
