namespace ContactHub.Hub.Records;

/// <summary>How many bays of the slot starting at <paramref name="Start"/> are booked.</summary>
internal sealed record SlotBookings(DateTimeOffset Start, int Count);
