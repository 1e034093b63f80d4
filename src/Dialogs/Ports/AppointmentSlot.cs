namespace ContactHub.Dialogs.Ports;

/// <summary>A bookable workshop slot and how many of its bays are still free.</summary>
public sealed record AppointmentSlot(DateTimeOffset Start, DateTimeOffset End, int FreeBays);
