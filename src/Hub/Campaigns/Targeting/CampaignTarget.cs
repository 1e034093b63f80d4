using ContactHub.Dialogs.Ports;

namespace ContactHub.Hub.Campaigns.Targeting;

/// <summary>One due (rule, subject, due window) as a rule found it, before planning decides whether and how to send.</summary>
public sealed record CampaignTarget(string Key, long CustomerId)
{
    public long? VehicleId { get; init; }

    public string? Plate { get; init; }

    public string? Model { get; init; }

    public ServiceType? ServiceType { get; init; }

    public DateOnly? DueDate { get; init; }

    public long? ServiceVisitId { get; init; }

    public long? AppointmentId { get; init; }

    public DateTimeOffset? AppointmentAt { get; init; }
}
