namespace ContactHub.Dialogs.Ports;

/// <summary>Book <paramref name="Start"/> (a slot start) for one of the customer's vehicles.</summary>
public sealed record BookingRequest(
    long CustomerId,
    long VehicleId,
    ServiceType ServiceType,
    DateTimeOffset Start,
    string SourceChannel,
    string? Advisor = null);
