using System.Text.Json;
using ContactHub.Channels;
using ContactHub.Channels.Sms;
using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Campaigns.Delivery;
using ContactHub.Hub.Inbound;
using ContactHub.Hub.State;

namespace ContactHub.Hub.Sms;

/// <summary>
/// One inbound SMS (issue 5): verify → parse → dedupe on I-Twilio-Idempotency-Token → opt-out keywords → digit reply
/// → customer → turn. The turn runs detached from the HTTP request: a single quick reply within
/// <see cref="SmsOptions.ReplyDeadline"/> is answered in TwiML, anything else leaves through the REST API and the
/// request gets an empty &lt;Response/&gt;. Dedupe on MessageSid is the pipeline's, across instances.
/// </summary>
public sealed class SmsWebhookHandler(
    SmsOptions options,
    SmsWebhookVerifier verifier,
    SmsKeywordResponder keywords,
    ISmsMenuStore menus,
    ISmsMessageStatusStore statuses,
    SmsConsent consent,
    IDedupeStore dedupe,
    ICustomerDirectory customers,
    SmsReplySlots slots,
    DetachedTurn detached,
    CampaignDeliveryRecorder campaigns,
    TimeProvider clock,
    ILogger<SmsWebhookHandler> logger)
{
    public const string IdempotencyTokenHeader = "I-Twilio-Idempotency-Token";

    /// <summary>The dedupe "channel" for idempotency tokens, apart from MessageSids (StateKeys: ch:dedupe:{sms-token:…}).</summary>
    public const string TokenDedupeChannel = "sms-token";

    private static readonly SmsWebhookAnswer NotConfigured =
        new(SmsWebhookAnswerKind.NotConfigured, "Twilio:AccountSid, Twilio:AuthToken and Twilio:From or Twilio:MessagingServiceSid are not configured");

    public async Task<SmsWebhookAnswer> HandleMessageAsync(HttpRequest request, CancellationToken requestAborted)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!options.IsConfigured)
        {
            return NotConfigured;
        }

        var read = await verifier.ReadAsync(request, requestAborted);
        if (!read.IsVerified)
        {
            return read.Refusal;
        }

        var parsed = SmsInbound.ParseMessage(read.Form, clock.GetUtcNow());
        if (!parsed.IsValid)
        {
            logger.LogInformation("Twilio message webhook malformed: {Reason}", parsed.Error);
            return new SmsWebhookAnswer(SmsWebhookAnswerKind.BadRequest, parsed.Error);
        }

        var token = request.Headers[IdempotencyTokenHeader].ToString();
        if (token.Length > 0 && !await dedupe.TryMarkAsync(TokenDedupeChannel, token, requestAborted))
        {
            return SmsWebhookAnswer.Empty;
        }

        var answer = SmsWebhookAnswer.Unavailable;
        try
        {
            answer = await AnswerAsync(parsed.Value, requestAborted);
            return answer;
        }
        finally
        {
            if (token.Length > 0 && answer.Kind == SmsWebhookAnswerKind.Unavailable)
            {
                // The message was not processed: Twilio's retry with this token must get through, not be dropped.
                await dedupe.ForgetAsync(TokenDedupeChannel, token, CancellationToken.None);
            }
        }
    }

    public async Task<SmsWebhookAnswer> HandleStatusAsync(HttpRequest request, CancellationToken requestAborted)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!options.IsConfigured)
        {
            return NotConfigured;
        }

        var read = await verifier.ReadAsync(request, requestAborted);
        if (!read.IsVerified)
        {
            return read.Refusal;
        }

        var parsed = SmsInbound.ParseStatus(read.Form);
        if (!parsed.IsValid)
        {
            logger.LogInformation("Twilio status callback malformed: {Reason}", parsed.Error);
            return new SmsWebhookAnswer(SmsWebhookAnswerKind.BadRequest, parsed.Error);
        }

        var update = parsed.Value;
        await statuses.RecordAsync(update, requestAborted);
        await RecordCampaignDeliveryAsync(update, requestAborted);

        if (update.RecipientOptedOut && E164Number.TryParse(update.To, out var to))
        {
            await consent.OptOutAsync(new ConversationKey(ChannelIds.Sms, to.Value), SmsConsent.UnsubscribedErrorSource, requestAborted);
        }

        return SmsWebhookAnswer.Recorded;
    }

    /// <summary>A campaign message's own callback moves its row, found by MessageSid; any other message's matches none.</summary>
    private async Task RecordCampaignDeliveryAsync(SmsStatusUpdate update, CancellationToken cancellationToken)
    {
        switch (update.MessageStatus)
        {
            case "delivered" or "read":
                await campaigns.MarkDeliveredAsync(ChannelIds.Sms, update.MessageSid, clock.GetUtcNow(), cancellationToken);
                break;
            case "undelivered" or "failed":
                var reason = update.ErrorCode is { } code ? $"sms {update.MessageStatus} (Twilio error {code})" : $"sms {update.MessageStatus}";
                await campaigns.MarkUndeliveredAsync(ChannelIds.Sms, update.MessageSid, reason, cancellationToken);
                break;
        }
    }

    private async Task<SmsWebhookAnswer> AnswerAsync(Activity message, CancellationToken requestAborted)
    {
        var key = new ConversationKey(ChannelIds.Sms, message.From!.Id);
        if (await keywords.AnswerAsync(key, message, requestAborted) is { } confirmation)
        {
            // Keywords never reach the pipeline, so they are deduped here on the same MessageSid key it would use.
            return await dedupe.TryMarkAsync(ChannelIds.Sms, message.Id!, requestAborted)
                ? SmsWebhookAnswer.Message(confirmation)
                : SmsWebhookAnswer.Empty;
        }

        var activity = await WithCustomerAsync(await WithChosenActionAsync(key, message, requestAborted), requestAborted);
        return await AnswerWithinDeadlineAsync(key, activity, requestAborted);
    }

    private async Task<SmsWebhookAnswer> AnswerWithinDeadlineAsync(ConversationKey key, Activity activity, CancellationToken requestAborted)
    {
        var (slot, joined) = slots.Open(activity.Id!);
        if (joined)
        {
            return SmsWebhookAnswer.Empty; // a retry while the first delivery is still answered; the pipeline's dedupe stops it anyway
        }

        var turn = detached.RunAsync(key, activity, () => slots.Remove(activity.Id!, slot));
        var deadline = Task.Delay(options.ReplyDeadline, clock, requestAborted);
        var first = await Task.WhenAny(slot.Answer, turn, deadline);
        if (first != slot.Answer && slot.TryExpire())
        {
            // The deadline passed, or the turn ended without handing the adapter anything (a duplicate, no replies, a
            // failure). A failure is not answered 503: Twilio does not send a message again after an error (only to a
            // fallback URL, if one is set), so the message would be lost; it goes to an agent like a later failure.
            _ = detached.RecoverIfFailedAsync(turn, key, activity);
            return SmsWebhookAnswer.Empty;
        }

        _ = detached.RecoverIfFailedAsync(turn, key, activity);
        return SmsWebhookAnswer.Message(await slot.Answer);
    }

    /// <summary>"1" after "回复 1 预约保养 / 2 …" is the owner tapping the first action: the turn hears its reply text.</summary>
    private async Task<Activity> WithChosenActionAsync(ConversationKey key, Activity message, CancellationToken cancellationToken)
    {
        if (SmsNumberedReply.ChosenNumber(message.Text) is null)
        {
            return message; // not a number, so no menu to look up (one Redis read less for most messages, issue 8)
        }

        var menu = await menus.GetAsync(key, cancellationToken);
        var chosen = SmsNumberedReply.Resolve(message.Text, [.. menu.Select(text => new CardAction { Title = text, Text = text })]);
        return chosen is null ? message : message with { Text = chosen };
    }

    /// <summary>The owner behind the mobile, when the records know them: named on From, and their id in channelData.</summary>
    private async Task<Activity> WithCustomerAsync(Activity message, CancellationToken cancellationToken)
    {
        if (await customers.FindByChannelIdentityAsync(ChannelIds.Sms, message.From!.Id, cancellationToken) is not { } customer)
        {
            return message;
        }

        var channelData = ScratchJson.ObjectWith(message.ChannelData, customer.Id, static (json, id) => json.WriteNumber("customerId", id));
        return message with { From = message.From with { Name = customer.Name }, ChannelData = channelData };
    }
}
