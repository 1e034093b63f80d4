namespace ContactHub.Dialogs.Ports;

public enum ComplaintStatus
{
    Open = 0,
    InProgress = 1,
    AwaitingCustomer = 2,
    Resolved = 3,
    Closed = 4,
}
