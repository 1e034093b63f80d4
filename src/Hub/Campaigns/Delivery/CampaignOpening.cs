using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;

namespace ContactHub.Hub.Campaigns.Delivery;

/// <summary>
/// How a campaign message opens the conversation: a dialog to begin with its options (the reminder and the survey
/// write their own first message, so the customer's answer continues there), or a plain text without a dialog.
/// </summary>
public sealed record CampaignOpening(string? DialogId, object? Options, string? Text)
{
    public static CampaignOpening Dialog(string dialogId, object options) => new(dialogId, options, null);

    public static CampaignOpening Message(string text) => new(null, null, text);

    /// <summary>The dialog a stamp begins, or null for the kinds that send the engine's text only (appointment reminder, event).</summary>
    public static CampaignOpening? DialogFor(CampaignStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        return stamp.Kind switch
        {
            CampaignKind.FirstMaintenance or CampaignKind.PeriodicMaintenance => Dialog(nameof(MaintenanceReminderDialog), new MaintenanceReminderValues
            {
                CustomerId = stamp.CustomerId,
                VehicleId = stamp.VehicleId ?? 0,
                Plate = stamp.Plate ?? "",
                ServiceType = stamp.ServiceType ?? (stamp.Kind == CampaignKind.FirstMaintenance ? ServiceType.FirstMaintenance : ServiceType.RegularMaintenance),
                DueDate = stamp.DueDate,
            }),
            CampaignKind.VisitSurvey or CampaignKind.DeliverySurvey => Dialog(nameof(SatisfactionSurveyDialog), new SatisfactionSurveyValues
            {
                Kind = stamp.Kind == CampaignKind.DeliverySurvey ? SurveyKind.Sales : SurveyKind.Service,
                CustomerId = stamp.CustomerId,
                VehicleId = stamp.VehicleId,
                ServiceVisitId = stamp.ServiceVisitId,
            }),
            _ => null,
        };
    }
}
