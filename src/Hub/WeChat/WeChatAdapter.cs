using System.Text.Json;
using ContactHub.Channels;
using ContactHub.Channels.WeChat;
using ContactHub.Hub.Outbound;

namespace ContactHub.Hub.WeChat;

/// <summary>
/// The sending half of the WeChat channel (issue 4). A turn's replies arrive together: exactly one reply that fits,
/// while the push's HTTP request still waits, becomes the passive reply; otherwise the request is told to answer
/// <c>success</c> and the replies go out in order through the customer-service API, counted against the user's
/// window. Template messages (an activity whose channelData names a <c>wechatTemplate</c>) go out at any time.
/// Lives in the Hub, not in src/Channels, because it needs the Redis-backed token, window and identity stores.
/// </summary>
public sealed class WeChatAdapter(
    IHttpClientFactory httpClients,
    WeChatOptions options,
    WeChatAccessToken tokens,
    IWeChatServiceWindowStore windows,
    IChannelIdentityStatusStore identities,
    IWeChatTemplateDeliveryStore templates,
    WeChatReplySlots slots,
    TimeProvider clock,
    ILogger<WeChatAdapter> logger) : IBatchChannelAdapter
{
    /// <summary>The channelData property naming a <c>WeChat:Templates:{name}</c> entry; the activity's value fills its data.</summary>
    public const string TemplateProperty = "wechatTemplate";

    /// <summary>The ChannelMessageId of a reply that went out inside the HTTP response.</summary>
    public const string PassiveMessageId = "passive";

    public string ChannelId => ChannelIds.WeChat;

    public async Task<ChannelSendResult> SendAsync(ConversationKey to, Activity activity, CancellationToken cancellationToken) =>
        (await SendTurnAsync(to, [activity], cancellationToken))[0];

    public async Task<IReadOnlyList<ChannelSendResult>> SendTurnAsync(
        ConversationKey to, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var slot = activities.Count > 0 ? slots.Find(activities[0].ReplyToId) : null;
        if (!await identities.IsActiveAsync(to, cancellationToken))
        {
            slot?.AnswerSuccess();
            var refused = ChannelSendResult.Failed("the WeChat user unsubscribed; nothing is sent to them", permanent: true);
            return [.. activities.Select(_ => refused)];
        }

        IReadOnlyList<Activity> all = slot is { ExtraReplies.Count: > 0 } ? [.. activities, .. slot.ExtraReplies] : activities;
        if (slot is not null && all.Count == 1 && TemplateName(all[0]) is null && WeChatOutbound.FitsPassiveReply(all[0])
            && slot.TryAnswerPassively(all[0]))
        {
            return [ChannelSendResult.Ok(PassiveMessageId)];
        }

        slot?.AnswerSuccess();
        var results = await OrderedSend.SendAsync(all, (activity, ct) => SendOneAsync(to, activity, ct), cancellationToken);

        foreach (var extra in results.Skip(activities.Count).Where(r => !r.Accepted))
        {
            logger.LogWarning("A WeChat follow-up message to {Conversation} was not sent: {Error}", to, extra.Error);
        }

        return results[..activities.Count];
    }

    private async Task<ChannelSendResult> SendOneAsync(ConversationKey to, Activity activity, CancellationToken cancellationToken)
    {
        if (TemplateName(activity) is { } template)
        {
            return await SendTemplateAsync(to, activity, template, cancellationToken);
        }

        var bodies = WeChatOutbound.CustomerServiceMessages(to.UserId, activity, options.SuggestedActionsStyle);
        if (bodies.Count == 0)
        {
            return ChannelSendResult.Failed("the reply has no text WeChat can show", permanent: true);
        }

        foreach (var body in bodies)
        {
            if (!await windows.TryTakeAsync(to, clock.GetUtcNow(), cancellationToken))
            {
                return ChannelSendResult.Failed(
                    "outside the customer-service window (reference §1.8: 5 messages within 48 h of the user's last message); only a template message can reach this user",
                    permanent: true);
            }

            var answer = await PostAsync((api, token) => api.SendCustomMessageAsync(token, body, cancellationToken), cancellationToken);
            if (!answer.IsOk)
            {
                if (answer.IsOutOfWindow || answer.IsQuotaExceeded)
                {
                    await windows.CloseAsync(to, cancellationToken);
                }

                return ChannelSendResult.Failed($"WeChat customer-service API answered {answer}", permanent: !answer.IsRetryable);
            }
        }

        return ChannelSendResult.Ok();
    }

    private async Task<ChannelSendResult> SendTemplateAsync(ConversationKey to, Activity activity, string name, CancellationToken cancellationToken)
    {
        if (!options.Templates.TryGetValue(name, out var template) || string.IsNullOrEmpty(template.TemplateId))
        {
            return ChannelSendResult.Failed($"no template WeChat:Templates:{name} is configured", permanent: true);
        }

        var data = template.Data.Select(d => KeyValuePair.Create(d.Key, Fill(d.Value, activity.Value)));
        var body = WeChatOutbound.TemplateMessage(to.UserId, template.TemplateId, data, template.Url, activity.Id);
        var answer = await PostAsync((api, token) => api.SendTemplateMessageAsync(token, body, cancellationToken), cancellationToken);
        if (!answer.IsOk)
        {
            return ChannelSendResult.Failed($"WeChat template API answered {answer}", permanent: !answer.IsRetryable);
        }

        var msgId = answer.MsgId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (msgId is not null)
        {
            await templates.RecordSentAsync(msgId, to.UserId, name, clock.GetUtcNow(), cancellationToken);
        }

        return ChannelSendResult.Ok(msgId);
    }

    private Task<WeChatApiError> PostAsync(Func<WeChatApiClient, string, Task<WeChatApiError>> send, CancellationToken cancellationToken)
    {
        var api = new WeChatApiClient(httpClients.CreateClient(WeChatAccessToken.HttpClientName), options);
        return tokens.CallAsync(token => send(api, token), cancellationToken);
    }

    private static string? TemplateName(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty(TemplateProperty, out var name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()
            : null;

    /// <summary>Replaces each <c>{field}</c> in <paramref name="text"/> with that string field of the activity's value.</summary>
    private static string Fill(string text, JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } fields)
        {
            return text;
        }

        foreach (var field in fields.EnumerateObject())
        {
            text = text.Replace("{" + field.Name + "}", field.Value.ToString(), StringComparison.Ordinal);
        }

        return text;
    }
}
