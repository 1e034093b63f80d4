namespace ContactHub.Dialogs.Dealership;

/// <summary>What <see cref="BookAppointmentDialog"/> is asked to do.</summary>
public enum AppointmentAction
{
    Book = 0,
    Reschedule = 1,
    Cancel = 2,
}
