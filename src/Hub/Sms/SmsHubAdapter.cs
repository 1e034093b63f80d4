using ContactHub.Channels;
using ContactHub.Channels.Sms;
using ContactHub.Hub.Outbound;

namespace ContactHub.Hub.Sms;

/// <summary>
/// The sending half of the SMS channel in the hub (issue 5). A turn's replies arrive together: exactly one reply that
/// renders as one SMS, while the webhook's HTTP request still waits, is answered in TwiML; otherwise the request gets an
/// empty &lt;Response/&gt; and the replies go out in order through the REST API (<see cref="SmsAdapter"/>) with a
/// status callback each. A number that opted out gets nothing. Marketing ends with the opt-out line. The numbered
/// actions of the last message are remembered so a digit reply maps back.
/// </summary>
public sealed class SmsHubAdapter(
    SmsAdapter rest,
    SmsOptions options,
    SmsConsent consent,
    ISmsMenuStore menus,
    ISmsMessageStatusStore statuses,
    SmsReplySlots slots,
    ILogger<SmsHubAdapter> logger) : IBatchChannelAdapter
{
    /// <summary>The channelData property that names why a message goes out; "marketing" adds the opt-out line.</summary>
    public const string PurposeProperty = OutboundPurpose.Property;
    public const string MarketingPurpose = OutboundPurpose.Marketing;

    /// <summary>The ChannelMessageId of a reply that went out inside the webhook's TwiML answer (Twilio gives it no Sid of ours).</summary>
    public const string TwimlMessageId = "twiml";

    private readonly SmsOutbound _outbound = new(options.MaxSegmentsPerMessage);

    public string ChannelId => ChannelIds.Sms;

    public async Task<ChannelSendResult> SendAsync(ConversationKey to, Activity activity, CancellationToken cancellationToken) =>
        (await SendTurnAsync(to, [activity], cancellationToken))[0];

    public async Task<IReadOnlyList<ChannelSendResult>> SendTurnAsync(
        ConversationKey to, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var slot = activities.Count > 0 ? slots.Find(activities[0].ReplyToId) : null;
        if (await consent.IsOptedOutAsync(to, cancellationToken))
        {
            slot?.AnswerEmpty();
            var refused = ChannelSendResult.Failed("the number opted out of SMS (STOP); nothing is sent to it until it sends START", permanent: true);
            return [.. activities.Select(_ => refused)];
        }

        var prepared = activities.Select(WithOptOutLine).ToList();
        await RememberMenuAsync(to, prepared, cancellationToken);
        if (slot is not null && prepared.Count == 1 && _outbound.Render(prepared[0]) is [var only] && slot.TryAnswerInTwiml(only))
        {
            return [ChannelSendResult.Ok(TwimlMessageId)];
        }

        slot?.AnswerEmpty();
        var results = await OrderedSend.SendAsync(prepared, (activity, ct) => SendOneAsync(to, activity, ct), cancellationToken);

        return results;
    }

    private async Task<ChannelSendResult> SendOneAsync(ConversationKey to, Activity activity, CancellationToken cancellationToken)
    {
        var result = await rest.SendAsync(to, activity, cancellationToken);
        if (result is { Accepted: true, ChannelMessageId: { } sid })
        {
            await statuses.RecordSentAsync(sid, to.UserId, activity.Id, cancellationToken);
        }
        else if (SmsSendFailure.IsUnsubscribed(result))
        {
            // Twilio already blocks this number (§2.5: 21610); keep our own suppression and consent in step with it.
            await consent.OptOutAsync(to, SmsConsent.UnsubscribedErrorSource, cancellationToken);
        }
        else if (!result.Accepted)
        {
            logger.LogWarning("SMS to {Number} not sent: {Error}", to.UserId, result.Error);
        }

        return result;
    }

    // The latest message's menu is the one a bare digit answers; a message without one makes old digits meaningless.
    private Task RememberMenuAsync(ConversationKey to, List<Activity> activities, CancellationToken cancellationToken)
    {
        var actions = activities.LastOrDefault(a => !string.IsNullOrWhiteSpace(a.Text) || a.SuggestedActions is not null)?.SuggestedActions;
        var offered = actions?.Actions ?? [];
        var replyTexts = new List<string>(offered.Count);
        for (var i = 0; i < offered.Count; i++)
        {
            replyTexts.Add(offered[i].ReplyText());
        }

        return menus.SetAsync(to, replyTexts, cancellationToken);
    }

    private static Activity WithOptOutLine(Activity activity) =>
        OutboundPurpose.IsMarketing(activity) ? activity with { Text = SmsOptOut.WithFooter(activity.Text ?? "", activity.Locale) } : activity;
}
