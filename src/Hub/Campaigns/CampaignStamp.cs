using ContactHub.Dialogs.Ports;

namespace ContactHub.Hub.Campaigns;

/// <summary>
/// What a campaign message carries in its activity's channelData under <c>"campaign"</c>: enough for the send to seed
/// the conversation (a reminder begins MaintenanceReminderDialog, a survey invitation SatisfactionSurveyDialog) and
/// for the funnel to find the delivery again when the customer replies, books or visits.
/// </summary>
public sealed record CampaignStamp
{
    public long CampaignId { get; init; }

    public required string DeliveryKey { get; init; }

    public CampaignKind Kind { get; init; }

    public long CustomerId { get; init; }

    public long? VehicleId { get; init; }

    public string? Plate { get; init; }

    public ServiceType? ServiceType { get; init; }

    public DateOnly? DueDate { get; init; }

    public long? ServiceVisitId { get; init; }

    public long? AppointmentId { get; init; }
}
