namespace ContactHub.Hub.Campaigns.Delivery;

/// <summary><c>Campaigns:Delivery</c>: how campaign messages go out and how their funnel is counted.</summary>
public sealed class CampaignDeliveryOptions
{
    public const string Section = "Campaigns:Delivery";

    /// <summary>
    /// The <c>WeChat:Templates</c> entry used per campaign kind when the customer is outside the 48 h window. A kind
    /// without one (or whose template is not configured) falls back to SMS.
    /// </summary>
    public IDictionary<string, string> WeChatTemplates { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(CampaignKind.FirstMaintenance)] = "ServiceReminder",
        [nameof(CampaignKind.PeriodicMaintenance)] = "ServiceReminder",
        [nameof(CampaignKind.AppointmentReminder)] = "AppointmentReminder",
        [nameof(CampaignKind.VisitSurvey)] = "SurveyInvitation",
        [nameof(CampaignKind.DeliverySurvey)] = "SurveyInvitation",
        [nameof(CampaignKind.EventInvitation)] = "EventInvitation",
    };

    /// <summary>A customer message on the channel within this long after the send counts as a reply.</summary>
    public TimeSpan ReplyWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>An appointment booked or a visit made within this long after the send counts for the funnel.</summary>
    public TimeSpan ConversionWindow { get; set; } = TimeSpan.FromDays(30);
}
