using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Resources;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Campaigns.Delivery;

/// <summary>
/// The texts of the campaign kinds that begin no dialog, in the customer's language: the day-before appointment
/// reminder (from the appointment as it stands at send time) and the event invitation (the definition's own text for
/// that locale, else the standard one).
/// </summary>
public sealed class CampaignMessageTexts(IDbContextFactory<RecordsDbContext> records, DealershipServices dealership)
{
    public async Task<string?> ComposeAsync(CampaignStamp stamp, string locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        var dealer = dealership.Dealer.NameFor(locale);
        if (stamp.Kind == CampaignKind.AppointmentReminder)
        {
            var appointment = await db.Appointments.AsNoTracking().Include(a => a.Vehicle)
                .FirstOrDefaultAsync(a => a.Id == stamp.AppointmentId, cancellationToken);
            if (appointment is null)
            {
                return null;
            }

            var start = AppointmentText.Time(TimeZoneInfo.ConvertTime(appointment.StartsAt, dealership.TimeZone), locale);
            var vehicle = appointment.Vehicle?.Plate ?? stamp.Plate ?? "";
            return Strings.CampaignAppointmentReminder(locale, dealer, start, vehicle, AppointmentText.Service(appointment.ServiceType, locale), dealership.Dealer.Phone);
        }

        var json = await db.Campaigns.AsNoTracking().Where(c => c.Id == stamp.CampaignId).Select(c => c.Definition).FirstOrDefaultAsync(cancellationToken);
        var definition = json is null ? null : System.Text.Json.JsonSerializer.Deserialize(json, CampaignJsonContext.Default.CampaignDefinition);
        if (definition?.Message is { } texts && (texts.TryGetValue(locale, out var own) || texts.TryGetValue("zh-CN", out own)) && !string.IsNullOrWhiteSpace(own))
        {
            return own;
        }

        var day = definition?.EventDate is { } date ? AppointmentText.Day(date, locale) : "";
        return Strings.CampaignEventInvitation(locale, dealer, day);
    }
}
