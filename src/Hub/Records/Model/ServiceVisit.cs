using ContactHub.Dialogs.Ports;

namespace ContactHub.Hub.Records.Model;

public sealed class ServiceVisit
{
    public long Id { get; set; }

    public long VehicleId { get; set; }

    public DateOnly Date { get; set; }

    public ServiceType Type { get; set; }

    public int? Odometer { get; set; }

    public string? Advisor { get; set; }

    public string? WorkDone { get; set; }
}
