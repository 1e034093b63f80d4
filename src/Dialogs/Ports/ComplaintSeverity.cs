namespace ContactHub.Dialogs.Ports;

public enum ComplaintSeverity
{
    Normal = 0,
    Major = 1,
    Critical = 2,
}
