using System.Text.Json;
using System.Text.Json.Nodes;
using ContactHub.Channels;
using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Resources;
using ContactHub.Hub.Outbound;
using ContactHub.Hub.Outbox;
using ContactHub.Hub.WeChat;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Campaigns.Delivery;

/// <summary>
/// Sends the outbox messages that carry a <see cref="CampaignStamp"/>: seeds the customer's conversation (a reminder or
/// a survey begins its dialog there) and sends what that produced, WeChat first - a customer-service message inside
/// the 48 h window, a template message outside it - then SMS when WeChat refuses for good and the customer has a
/// mobile and consent. Transient errors go back to the outbox, which retries with backoff.
/// <para>
/// The delivery row is marked sent as soon as the channel accepts, before the outbox records and acks, and a message
/// whose row is already sent is not sent again. That narrows the outbox's at-least-once window for campaign messages
/// (a worker killed between the channel call and the ack) to the one records write after the channel call.
/// </para>
/// </summary>
public sealed class CampaignSendHandler(
    CampaignConversationSeeder seeder,
    CampaignSendRecipients recipients,
    CampaignDeliveryRecorder recorder,
    OutboundDispatcher dispatcher,
    IChannelIdentityStatusStore identities,
    IOptions<CampaignDeliveryOptions> options,
    TimeProvider clock,
    ILogger<CampaignSendHandler> logger) : IOutboxSendHandler
{
    /// <summary>The ChannelMessageId recorded when a reclaimed campaign message turned out to be sent already.</summary>
    public const string AlreadySentMessageId = "already-sent";

    public bool Handles(OutboxMessage message) => CampaignStampReader.Read(message.Activity) is not null;

    public async Task<ChannelSendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var stamp = CampaignStampReader.Read(message.Activity)!;
        if (await recorder.IsSentAsync(message.IdempotencyKey, cancellationToken))
        {
            // A worker that died after the channel accepted it and the row said so, but before the outbox's ack.
            logger.LogWarning("Campaign message {Key} was already sent; the reclaimed entry is acked without sending", message.IdempotencyKey);
            return ChannelSendResult.Ok(AlreadySentMessageId);
        }

        var result = await SendToCustomerAsync(message, stamp, cancellationToken);
        if (result.Accepted)
        {
            await recorder.MarkSentAsync(message.IdempotencyKey, result.ChannelMessageId, clock.GetUtcNow(), cancellationToken);
        }

        return result;
    }

    private async Task<ChannelSendResult> SendToCustomerAsync(OutboxMessage message, CampaignStamp stamp, CancellationToken cancellationToken)
    {
        if (await recipients.FindAsync(stamp.CustomerId, message.Purpose, cancellationToken) is not { } recipient)
        {
            return ChannelSendResult.Failed($"customer {stamp.CustomerId} no longer exists", permanent: true);
        }

        // The engine wrote the text in the customer's language; a reminder or survey replaces it with its dialog's own.
        var opening = CampaignOpening.DialogFor(stamp) ?? CampaignOpening.Message(message.Activity.Text ?? "");
        if (opening.DialogId is null && string.IsNullOrWhiteSpace(opening.Text))
        {
            return ChannelSendResult.Failed("the campaign message has no text", permanent: true);
        }

        var send = new CampaignSend(message, stamp, recipient, opening);
        var first = message.To.Channel == ChannelIds.WeChat ? await SendOnWeChatAsync(send, cancellationToken) : await SendOnAsync(message.To, send, cancellationToken);
        if (first.Accepted || !first.Permanent || message.To.Channel == ChannelIds.Sms)
        {
            return first;
        }

        return await FallBackToSmsAsync(send, first.Error ?? "refused", cancellationToken);
    }

    public async Task OnFinishedAsync(OutboxMessage message, OutboxOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(outcome);
        switch (outcome.Status)
        {
            case OutboxDeliveryStatus.Sent:
                await recorder.MarkSentAsync(message.IdempotencyKey, outcome.ChannelMessageId, clock.GetUtcNow(), cancellationToken);
                break;
            case OutboxDeliveryStatus.Failed:
                await recorder.MarkFailedAsync(message.IdempotencyKey, outcome.Error ?? "failed", cancellationToken);
                break;
        }
    }

    private async Task<ChannelSendResult> SendOnWeChatAsync(CampaignSend send, CancellationToken cancellationToken)
    {
        var to = send.Message.To;
        if (!await identities.IsActiveAsync(to, cancellationToken))
        {
            return ChannelSendResult.Failed("the WeChat user unsubscribed", permanent: true);
        }

        var inWindow = await SendOnAsync(to, send, cancellationToken);
        if (inWindow.Accepted || !inWindow.Permanent || !options.Value.WeChatTemplates.TryGetValue(send.Stamp.Kind.ToString(), out var template))
        {
            return inWindow;
        }

        logger.LogInformation("Campaign message {Key} goes out as WeChat template {Template}: {Error}", send.Message.IdempotencyKey, template, inWindow.Error);
        var templated = await dispatcher.SendAsync(to, TemplateActivity(send, template, inWindow), cancellationToken);
        return templated.Accepted || !templated.Permanent
            ? templated
            : ChannelSendResult.Failed($"{inWindow.Error}; template: {templated.Error}", permanent: true);
    }

    private async Task<ChannelSendResult> FallBackToSmsAsync(CampaignSend send, string weChatError, CancellationToken cancellationToken)
    {
        if (send.Recipient is not { Mobile: { } mobile, SmsConsent: true })
        {
            var why = send.Recipient.Mobile is null ? "no mobile" : "no SMS consent";
            return ChannelSendResult.Failed($"wechat: {weChatError}; no SMS fallback ({why})", permanent: true);
        }

        var sms = new ConversationKey(ChannelIds.Sms, mobile);
        var result = await SendOnAsync(sms, send, cancellationToken);
        if (result.Accepted)
        {
            await recorder.RecordChannelAsync(send.Message.IdempotencyKey, ChannelIds.Sms, mobile, $"sms fallback; wechat: {weChatError}", cancellationToken);
            return result;
        }

        return result.Permanent ? ChannelSendResult.Failed($"wechat: {weChatError}; sms: {result.Error}", permanent: true) : result;
    }

    /// <summary>Seeds the conversation on <paramref name="to"/> and sends its replies; the first refusal is the answer.</summary>
    private async Task<ChannelSendResult> SendOnAsync(ConversationKey to, CampaignSend send, CancellationToken cancellationToken)
    {
        var activities = await seeder.SeedAsync(to, send.Opening, send.Recipient.Locale, send.Message.Activity.ChannelData, cancellationToken);
        send.Texts = [.. activities.Select(a => a.Text ?? "")];
        var results = await dispatcher.SendTurnAsync(to, activities, cancellationToken);
        return results.FirstOrDefault(r => !r.Accepted)
            ?? (results.Count > 0 ? results[0] : ChannelSendResult.Failed("the campaign produced no message", permanent: true));
    }

    private static Activity TemplateActivity(CampaignSend send, string template, ChannelSendResult refused)
    {
        var (stamp, locale) = (send.Stamp, send.Recipient.Locale);
        var channelData = send.Message.Activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            ? JsonNode.Parse(data.GetRawText())!.AsObject()
            : [];
        channelData[WeChatAdapter.TemplateProperty] = template;
        var due = stamp.DueDate is { } date ? AppointmentText.Day(date, locale) : Strings.ReminderDueSoon(locale);
        var value = new JsonObject
        {
            ["customer"] = send.Recipient.Name,
            ["plate"] = stamp.Plate ?? "",
            ["due"] = due,
            ["service"] = stamp.ServiceType is { } service ? AppointmentText.Service(service, locale) : "",
            ["text"] = send.Texts.Count > 0 ? send.Texts[0] : "",
        };
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = send.Message.IdempotencyKey,
            From = new ChannelAccount { Id = "contacthub", Role = "bot" },
            Recipient = new ChannelAccount { Id = send.Message.To.UserId, Role = "user" },
            Text = send.Texts.Count > 0 ? send.Texts[0] : refused.Error,
            Locale = locale,
            ChannelData = JsonSerializer.SerializeToElement(channelData, CampaignDeliveryJsonContext.Default.JsonObject),
            Value = JsonSerializer.SerializeToElement(value, CampaignDeliveryJsonContext.Default.JsonObject),
        };
    }
}
