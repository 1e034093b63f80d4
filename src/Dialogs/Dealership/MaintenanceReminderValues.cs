using ContactHub.Dialogs.Ports;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// <see cref="MaintenanceReminderDialog"/>'s options (what the campaign reminds about) and its memory (the answer so far).
/// <see cref="DueDate"/> is the dealer's calendar day the service is due by, when the campaign knows it.
/// </summary>
public sealed record MaintenanceReminderValues
{
    public long CustomerId { get; set; }

    public long VehicleId { get; set; }

    public string Plate { get; set; } = "";

    public ServiceType ServiceType { get; set; } = ServiceType.RegularMaintenance;

    public DateOnly? DueDate { get; set; }

    public ReminderResponse? Response { get; set; }
}
