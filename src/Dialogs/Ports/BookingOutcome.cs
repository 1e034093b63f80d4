namespace ContactHub.Dialogs.Ports;

public enum BookingOutcome
{
    Booked = 0,

    /// <summary>Every bay of the slot is taken; <see cref="BookingResult.Alternatives"/> lists the nearest free slots.</summary>
    SlotFull = 1,

    /// <summary>The workshop is closed then (outside opening hours, a holiday, not a slot start, or in the past).</summary>
    Closed = 2,

    /// <summary>The customer, vehicle or appointment does not exist, or the vehicle is not the customer's.</summary>
    NotFound = 3,
}
