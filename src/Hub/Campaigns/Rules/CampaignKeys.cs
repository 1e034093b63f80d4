using System.Globalization;
using ContactHub.Hub.Api;

namespace ContactHub.Hub.Campaigns.Rules;

/// <summary>
/// Idempotency keys, <c>campaign:{id}:{rule}:{subject}:{dueWindow}</c>. The due window names the fact the message
/// follows, never an estimate, so a key does not drift when the odometer estimate moves from one day to the next:
/// 首保 is once per vehicle, a periodic service once per maintenance visit it follows, a survey once per visit or
/// delivery, an appointment reminder once per appointment and start time (a rescheduled one is reminded again), an
/// event invitation once per customer and event day.
/// </summary>
public static class CampaignKeys
{
    public static string FirstMaintenance(long campaignId, long vehicleId) =>
        Key(campaignId, CampaignKind.FirstMaintenance, $"vehicle-{vehicleId}", "first-service");

    public static string PeriodicMaintenance(long campaignId, long vehicleId, long lastMaintenanceVisitId) =>
        Key(campaignId, CampaignKind.PeriodicMaintenance, $"vehicle-{vehicleId}", $"after-visit-{lastMaintenanceVisitId}");

    public static string VisitSurvey(long campaignId, long visitId) =>
        Key(campaignId, CampaignKind.VisitSurvey, $"visit-{visitId}", "survey");

    public static string DeliverySurvey(long campaignId, long vehicleId, DateOnly delivered) =>
        Key(campaignId, CampaignKind.DeliverySurvey, $"vehicle-{vehicleId}", "delivered-" + delivered.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    public static string AppointmentReminder(long campaignId, long appointmentId, DateTimeOffset startsAt) =>
        Key(campaignId, CampaignKind.AppointmentReminder, $"appointment-{appointmentId}", startsAt.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture));

    public static string EventInvitation(long campaignId, long customerId, DateOnly? eventDate) =>
        Key(campaignId, CampaignKind.EventInvitation, $"customer-{customerId}", eventDate?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "once");

    private static string Key(long campaignId, CampaignKind kind, string subject, string window) =>
        string.Create(CultureInfo.InvariantCulture, $"campaign:{campaignId}:{ApiNames.Of(kind)}:{subject}:{window}");
}
