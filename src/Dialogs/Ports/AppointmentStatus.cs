namespace ContactHub.Dialogs.Ports;

public enum AppointmentStatus
{
    Booked = 0,
    Confirmed = 1,
    Cancelled = 2,
    Completed = 3,
    NoShow = 4,
}
