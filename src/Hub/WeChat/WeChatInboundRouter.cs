using System.Text.Json;
using ContactHub.Channels;
using ContactHub.Channels.WeChat;
using ContactHub.Dialogs.Resources;
using ContactHub.Hub.Campaigns.Delivery;
using ContactHub.Hub.Outbound;
using ContactHub.Hub.State;

namespace ContactHub.Hub.WeChat;

/// <summary>
/// Decides what a verified push means for the hub (issue 4). Messages open the 48-hour window and go to the bot.
/// A follow, a QR scan or a menu click opens the 1-minute window and goes to the bot as the words it stands for
/// (a follow also gets the offer to bind the customer record, sent after the greeting). Unsubscribe, template delivery results, menu links and location
/// reports change state or nothing, and start no turn.
/// </summary>
public sealed class WeChatInboundRouter(
    WeChatOptions options,
    IChannelIdentityStatusStore identities,
    IWeChatServiceWindowStore windows,
    IWeChatTemplateDeliveryStore templates,
    IDedupeStore dedupe,
    CampaignDeliveryRecorder campaigns,
    TimeProvider clock,
    ILogger<WeChatInboundRouter> logger)
{
    /// <summary>What the bot hears for a follow, a scan or an unknown menu key: 菜单, the global menu command.</summary>
    public const string MenuUtterance = "菜单";

    /// <summary>The dedupe "channel" for window openings (StateKeys: ch:dedupe:{wechat-window:…}), apart from the turn's own.</summary>
    public const string WindowDedupeChannel = "wechat-window";

    /// <returns>The turn to run, or null when the push is answered with <c>success</c> and nothing else.</returns>
    public async Task<WeChatTurnPlan?> RouteAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var key = new ConversationKey(ChannelIds.WeChat, activity.From!.Id);
        var now = clock.GetUtcNow();
        if (activity.Type != ActivityTypes.Event)
        {
            await OpenWindowOnceAsync(activity, key, WeChatServiceWindowKind.Message, now, cancellationToken);
            return new WeChatTurnPlan(activity, []);
        }

        switch (activity.Name)
        {
            case WeChatEvents.Subscribe:
                await identities.SetActiveAsync(key, active: true, cancellationToken);
                await OpenWindowOnceAsync(activity, key, WeChatServiceWindowKind.Interaction, now, cancellationToken);
                var offer = activity.CreateReply(Strings.BindIdentityOffer(activity.Locale ?? WeChatInbound.Locale));
                return new WeChatTurnPlan(AsUtterance(activity, MenuUtterance), [offer]);
            case WeChatEvents.Scan:
                await OpenWindowOnceAsync(activity, key, WeChatServiceWindowKind.Interaction, now, cancellationToken);
                return new WeChatTurnPlan(AsUtterance(activity, MenuUtterance), []);
            case WeChatEvents.Click:
                await OpenWindowOnceAsync(activity, key, WeChatServiceWindowKind.Interaction, now, cancellationToken);
                return new WeChatTurnPlan(AsUtterance(activity, MenuText(activity)), []);
            case WeChatEvents.Unsubscribe:
                await identities.SetActiveAsync(key, active: false, cancellationToken);
                logger.LogInformation("WeChat user {OpenId} unsubscribed; marked inactive", key.UserId);
                return null;
            case WeChatEvents.TemplateSendJobFinish when activity.ReplyToId is { } msgId:
                var status = ValueString(activity, "status") ?? "unknown";
                await templates.RecordStatusAsync(msgId, status, now, cancellationToken);
                await RecordCampaignDeliveryAsync(msgId, status, now, cancellationToken);
                return null;
            default:
                // VIEW opens a web page the user chose; LOCATION reports arrive every few seconds. Neither wants an answer.
                return null;
        }
    }

    /// <summary>
    /// Opens the window for the first delivery of a push only. WeChat retries a push it got no answer to within 5 s
    /// (reference §1.4) with the same MsgId or FromUserName+CreateTime; the user wrote once, so a retry must not give
    /// back the quota the first delivery's replies already spent (issue 4). This runs before the turn's dedupe, so it
    /// keeps its own mark.
    /// </summary>
    private async Task OpenWindowOnceAsync(
        Activity activity, ConversationKey key, WeChatServiceWindowKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (activity.Id is { } deliveryId && !await dedupe.TryMarkAsync(WindowDedupeChannel, deliveryId, cancellationToken))
        {
            return;
        }

        await windows.OpenAsync(key, kind, now, cancellationToken);
    }

    /// <summary>
    /// A campaign template's own job result moves its row, found by MsgID; any other template's matches none. Status is
    /// success, "failed:user block" or "failed: system failed" (reference §1.3, TEMPLATESENDJOBFINISH).
    /// </summary>
    private async Task RecordCampaignDeliveryAsync(string msgId, string status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (status == "success")
        {
            await campaigns.MarkDeliveredAsync(ChannelIds.WeChat, msgId, now, cancellationToken);
        }
        else if (status.StartsWith("failed", StringComparison.Ordinal))
        {
            await campaigns.MarkUndeliveredAsync(ChannelIds.WeChat, msgId, $"wechat template {status}", cancellationToken);
        }
    }

    private string MenuText(Activity click)
    {
        var menuKey = ValueString(click, "key");
        if (menuKey is not null && options.MenuKeys.TryGetValue(menuKey, out var text))
        {
            return text;
        }

        logger.LogWarning("WeChat menu key {MenuKey} is not in WeChat:MenuKeys; showing the main menu", menuKey);
        return MenuUtterance;
    }

    /// <summary>The event becomes the message the customer meant; its name, value (QR source) and channel data stay on it.</summary>
    private static Activity AsUtterance(Activity activity, string text) => activity with { Type = ActivityTypes.Message, Text = text };

    private static string? ValueString(Activity activity, string name) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
}
