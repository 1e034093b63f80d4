using System.Buffers;
using System.Text.Json;
using ContactHub.Channels;
using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Resources;
using ContactHub.Hub.Api;
using ContactHub.Hub.Campaigns.Planning;
using ContactHub.Hub.Campaigns.Targeting;
using ContactHub.Hub.Outbox;

namespace ContactHub.Hub.Campaigns;

/// <summary>
/// Turns a planned send into its outbox message: the text in the customer's language, and channelData
/// <c>{"campaign": CampaignStamp, "purpose": …}</c> by which the send side recognises a campaign message and seeds the
/// conversation (MaintenanceReminderDialog, SatisfactionSurveyDialog).
/// </summary>
public sealed class CampaignMessages(DealerProfile dealer, TimeZoneInfo zone)
{
    public OutboxMessage Create(long campaignId, CampaignDefinition definition, CampaignTarget target, CampaignRecipient recipient, PlannedSend send)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(send);
        var to = new ConversationKey(send.Channel!, send.UserId!);
        var stamp = new CampaignStamp
        {
            CampaignId = campaignId,
            DeliveryKey = send.IdempotencyKey,
            Kind = definition.Kind,
            CustomerId = target.CustomerId,
            VehicleId = target.VehicleId,
            Plate = target.Plate,
            ServiceType = target.ServiceType,
            DueDate = target.DueDate,
            ServiceVisitId = target.ServiceVisitId,
            AppointmentId = target.AppointmentId,
        };
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = to.Channel,
            Recipient = new ChannelAccount { Id = to.UserId, Role = "user" },
            Conversation = new ConversationAccount { Id = to.UserId },
            Locale = recipient.Language,
            Text = Text(definition, target, recipient.Language),
            ChannelData = ChannelData(stamp, send.Purpose),
        };
        return new OutboxMessage(send.IdempotencyKey, to, activity, send.Purpose, send.SendAt);
    }

    public string Text(CampaignDefinition definition, CampaignTarget target, string locale)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(target);
        var name = dealer.NameFor(locale);
        var vehicle = target.Plate ?? "";
        var service = AppointmentText.Service(target.ServiceType ?? ServiceType.RegularMaintenance, locale);
        return definition.Kind switch
        {
            CampaignKind.FirstMaintenance or CampaignKind.PeriodicMaintenance => Strings.ReminderPrompt(
                locale, name, vehicle, service, target.DueDate is { } due ? Strings.ReminderDueBy(locale, AppointmentText.Day(due, locale)) : Strings.ReminderDueSoon(locale)),
            CampaignKind.VisitSurvey => Strings.CampaignServiceSurvey(locale, name, vehicle, service),
            CampaignKind.DeliverySurvey => Strings.CampaignSalesSurvey(locale, name, vehicle),
            CampaignKind.AppointmentReminder => Strings.CampaignAppointmentReminder(
                locale, name, AppointmentText.Time(TimeZoneInfo.ConvertTime(target.AppointmentAt ?? default, zone), locale), vehicle, service, dealer.AddressFor(locale)),
            _ => EventText(definition, locale),
        };
    }

    private static string EventText(CampaignDefinition definition, string locale)
    {
        var texts = definition.Message ?? new Dictionary<string, string>(StringComparer.Ordinal);
        return texts.TryGetValue(locale, out var text) || texts.TryGetValue("zh-CN", out text) ? text : texts.Values.FirstOrDefault() ?? "";
    }

    private static JsonElement ChannelData(CampaignStamp stamp, OutboxPurpose purpose)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("campaign");
            JsonSerializer.Serialize(writer, stamp, CampaignJsonContext.Default.CampaignStamp);
            writer.WriteString("purpose", ApiNames.Of(purpose));
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
